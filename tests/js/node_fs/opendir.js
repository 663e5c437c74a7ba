// fs.opendir: Dir with readSync/read/close and async iteration (names sorted here: node's order is the system's).
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(os.tmpdir() + '/kiln-dir-');
for (const n of ['b', 'a', 'c']) fs.writeFileSync(dir + '/' + n, n);
fs.mkdirSync(dir + '/d');
const d = fs.opendirSync(dir);
const seen = [];
let e;
while ((e = d.readSync()) !== null) seen.push(e.name + (e.isDirectory() ? '/' : ''));
console.log(seen.sort(), d.path === dir);
d.closeSync();
try { d.readSync(); } catch (err) { console.log(err.code, err.message); }
try { d.closeSync(); } catch (err) { console.log(err.code); }
try { fs.opendirSync(dir + '/nope'); } catch (err) { console.log(err.code, err.syscall, err.message.split(dir).join('<tmp>')); }
(async () => {
  const names = [];
  for await (const ent of await fs.promises.opendir(dir)) names.push(ent.name);
  console.log('for await', names.sort());
  const d2 = await fs.promises.opendir(dir);
  const first = await d2.read();
  console.log('read', typeof first.name, first.isFile() || first.isDirectory());
  await d2.close();
  fs.opendir(dir, (err, d3) => {
    d3.read((err, ent) => {
      console.log('callback read', err, typeof ent.name);
      d3.close((err) => {
        console.log('callback close', err);
        fs.rmSync(dir, { recursive: true });
        console.log(fs.existsSync(dir));
      });
    });
  });
})();
