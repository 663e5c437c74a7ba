// fs.promises.open and FileHandle methods.
const fsp = require('fs/promises');
const fs = require('fs');
const os = require('os');
(async () => {
  const dir = await fsp.mkdtemp(os.tmpdir() + '/kiln-fh-');
  try {
    const fh = await fsp.open(dir + '/f.txt', 'w+');
    console.log(typeof fh.fd, fh.fd > 2);
    console.log(await fh.write('hello world'));
    const r = await fh.write(Buffer.from('!'), 0, 1, 11);
    console.log(r.bytesWritten, r.buffer);
    const buf = Buffer.alloc(5);
    const rd = await fh.read(buf, 0, 5, 6);
    console.log(rd.bytesRead, rd.buffer === buf, buf.toString());
    console.log((await fh.stat()).size);
    await fh.truncate(5);
    await fh.sync();
    await fh.close();
    console.log(fh.fd, await fsp.readFile(dir + '/f.txt', 'utf8'));
    try { await fh.stat(); } catch (e) { console.log(e.code, e.syscall); }
    const h2 = await fsp.open(dir + '/f.txt', 'a');
    await h2.appendFile(' there');
    await h2.close();
    const h3 = await fsp.open(dir + '/f.txt');
    console.log(await h3.readFile('utf8'));
    await h3.close();
    try { await fsp.open(dir + '/nope'); } catch (e) { console.log(e.code, e.syscall, e.message.split(dir).join('<tmp>')); }
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
})();
