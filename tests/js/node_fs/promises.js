// fs.promises and require('fs/promises').
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
console.log(fs.promises === fsp, require('node:fs/promises') === fsp, typeof fsp.readFile);
(async () => {
  const dir = await fsp.mkdtemp(os.tmpdir() + '/kiln-fsp-');
  const rel = (s) => String(s).split(dir).join('<tmp>');
  const p = (name) => dir + '/' + name;
  try {
    console.log(await fsp.writeFile(p('a.txt'), 'promised'));
    await fsp.appendFile(p('a.txt'), '!');
    console.log(await fsp.readFile(p('a.txt'), 'utf8'), await fsp.readFile(p('a.txt')));
    const st = await fsp.stat(p('a.txt'));
    console.log(st.size, st.isFile());
    await fsp.mkdir(p('d'));
    await fsp.copyFile(p('a.txt'), p('d/b.txt'));
    console.log(await fsp.readdir(dir), await fsp.readdir(p('d')));
    await fsp.rename(p('d/b.txt'), p('c.txt'));
    await fsp.symlink('c.txt', p('l'));
    console.log(await fsp.readlink(p('l')), rel(await fsp.realpath(p('l'))), (await fsp.lstat(p('l'))).isSymbolicLink());
    await fsp.access(p('c.txt'));
    await fsp.chmod(p('c.txt'), 0o640);
    console.log(((await fsp.stat(p('c.txt'))).mode & 0o777).toString(8));
    await fsp.truncate(p('c.txt'), 2);
    console.log(await fsp.readFile(p('c.txt'), 'utf8'));
    try { await fsp.readFile(p('nope')); } catch (e) { console.log(e.code, e.syscall, rel(e.message), rel(e.stack.split('\n')[0])); }
    try { await fsp.rmdir(dir); } catch (e) { console.log(e.code); }
    await fsp.unlink(p('l'));
    await fsp.rmdir(p('d'));
    console.log(await fsp.readdir(dir));
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
  console.log(fs.existsSync(dir));
})();
