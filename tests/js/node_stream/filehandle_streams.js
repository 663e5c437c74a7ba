// FileHandle.createReadStream / createWriteStream: the stream reads and
// writes through the handle and closes it when it is done.
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fhs-'));
  const file = path.join(dir, 'f.txt');
  const wh = await fsp.open(file, 'w');
  const ws = wh.createWriteStream();
  ws.write('through ');
  ws.end('a handle\n');
  await new Promise((r) => ws.on('close', r));
  console.log('written', ws.bytesWritten, JSON.stringify(fs.readFileSync(file, 'utf8')));
  try { await wh.stat(); } catch (e) { console.log('write handle closed', e.code); }

  const rh = await fsp.open(file);
  const rs = rh.createReadStream({ encoding: 'utf8', start: 8 });
  let text = '';
  for await (const chunk of rs) text += chunk;
  console.log('read', JSON.stringify(text), rs.bytesRead);
  try { await rh.stat(); } catch (e) { console.log('read handle closed', e.code); }
  fs.rmSync(dir, { recursive: true });
})();
