// fs synchronous API in a temporary directory (removed at the end).
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(os.tmpdir() + '/kiln-fs-');
const rel = (s) => String(s).split(dir).join('<tmp>');
const p = (name) => dir + '/' + name;
try {
  console.log(rel(dir).startsWith('<tmp>'), fs.statSync(dir).isDirectory());
  fs.writeFileSync(p('a.txt'), 'hello\n');
  fs.appendFileSync(p('a.txt'), 'world\n');
  console.log(JSON.stringify(fs.readFileSync(p('a.txt'), 'utf8')), fs.readFileSync(p('a.txt')));
  console.log(fs.readFileSync(p('a.txt'), { encoding: 'hex' }), fs.readFileSync(p('a.txt'), 'base64'));
  fs.writeFileSync(p('b.bin'), Buffer.from([0, 1, 2, 255]));
  fs.writeFileSync(p('c.txt'), 'aGk=', 'base64');
  fs.writeFileSync(p('d.txt'), new Uint8Array([104, 105]));
  console.log(fs.readFileSync(p('b.bin')), fs.readFileSync(p('c.txt'), 'latin1'), fs.readFileSync(p('d.txt')).toString());
  fs.writeFileSync(p('a.txt'), 'more', { flag: 'a' });
  console.log(fs.readFileSync(p('a.txt'), 'utf8').length);
  try { fs.writeFileSync(p('a.txt'), 'x', { flag: 'wx' }); } catch (e) { console.log(e.code, rel(e.message)); }
  console.log(fs.existsSync(p('a.txt')), fs.existsSync(p('nope')), fs.existsSync(), fs.existsSync({}));
  const st = fs.statSync(p('a.txt'));
  console.log(st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size, typeof st.mtimeMs, st.mtime instanceof Date,
              st.constructor.name, (st.mode & 0o777).toString(8).length, st instanceof fs.Stats);
  console.log(Object.keys(st).join());
  fs.mkdirSync(p('sub/deep/er'), { recursive: true });
  console.log(rel(fs.mkdirSync(p('sub2/x'), { recursive: true })), fs.mkdirSync(p('sub'), { recursive: true }));
  fs.mkdirSync(p('plain'));
  fs.writeFileSync(p('sub/f1'), '1');
  fs.writeFileSync(p('sub/deep/f2'), '22');
  console.log(fs.readdirSync(dir), fs.readdirSync(p('sub')));
  for (const d of fs.readdirSync(dir, { withFileTypes: true }))
    console.log(d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink(), rel(d.parentPath), d instanceof fs.Dirent);
  fs.symlinkSync('a.txt', p('link'));
  console.log(fs.readlinkSync(p('link')), fs.lstatSync(p('link')).isSymbolicLink(), fs.statSync(p('link')).isFile(),
              rel(fs.realpathSync(p('link'))), rel(fs.realpathSync.native(p('link'))));
  fs.renameSync(p('d.txt'), p('e.txt'));
  fs.copyFileSync(p('e.txt'), p('f.txt'));
  try { fs.copyFileSync(p('e.txt'), p('f.txt'), fs.constants.COPYFILE_EXCL); } catch (e) { console.log(e.code, e.syscall, rel(e.path), rel(e.dest)); }
  console.log(fs.readFileSync(p('f.txt'), 'utf8'), fs.existsSync(p('d.txt')));
  fs.chmodSync(p('f.txt'), 0o600);
  console.log((fs.statSync(p('f.txt')).mode & 0o777).toString(8));
  fs.chmodSync(p('f.txt'), '644');
  console.log((fs.statSync(p('f.txt')).mode & 0o777).toString(8));
  fs.accessSync(p('f.txt'), fs.constants.R_OK);
  fs.truncateSync(p('a.txt'), 3);
  console.log(fs.readFileSync(p('a.txt'), 'utf8'));
  fs.utimesSync(p('a.txt'), 1000, new Date(2000000));
  const st2 = fs.statSync(p('a.txt'));
  console.log(st2.atimeMs, st2.mtimeMs, st2.mtime.toISOString());
  const fd = fs.openSync(p('g.txt'), 'w+');
  console.log(typeof fd, fs.writeSync(fd, 'abcdef'), fs.writeSync(fd, Buffer.from('XY'), 0, 2, 1), fs.fstatSync(fd).size);
  const buf = Buffer.alloc(10);
  console.log(fs.readSync(fd, buf, 0, 10, 0), buf, fs.readSync(fd, buf, { position: 4, length: 2 }), buf.toString('utf8', 0, 6));
  fs.closeSync(fd);
  fs.unlinkSync(p('g.txt'));
  fs.rmdirSync(p('plain'));
  fs.rmSync(p('sub2'), { recursive: true });
  fs.rmSync(p('nope'), { force: true });
  console.log(fs.readdirSync(dir).join());
  console.log(fs.statSync(p('nope'), { throwIfNoEntry: false }));
  console.log(fs.constants.O_RDONLY, fs.constants.S_IFMT, fs.constants.F_OK, fs.R_OK, fs.constants.COPYFILE_EXCL);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(fs.existsSync(dir), require('node:fs') === fs);
