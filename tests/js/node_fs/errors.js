// fs errors: node's messages, codes, errno, syscall, path and dest.
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(os.tmpdir() + '/kiln-fse-');
const rel = (s) => String(s).split(dir).join('<tmp>');
const p = (name) => dir + '/' + name;
const t = (f) => {
  try { console.log('ok', f()); } catch (e) {
    const o = {};
    for (const k of Object.keys(e)) o[k] = rel(e[k]);
    console.log(e.name, rel(e.message), o);
  }
};
try {
  fs.writeFileSync(p('file'), 'x');
  fs.mkdirSync(p('d/e'), { recursive: true });
  t(() => fs.readFileSync(p('nope')));
  t(() => fs.readFileSync(dir));
  t(() => fs.renameSync(p('nope'), p('b')));
  t(() => fs.mkdirSync(p('file')));
  t(() => fs.mkdirSync(p('file/x'), { recursive: true }));
  t(() => fs.mkdirSync(p('file'), { recursive: true }));
  t(() => fs.readdirSync(p('file')));
  t(() => fs.readdirSync(p('nope')));
  t(() => fs.rmdirSync(p('d')));
  t(() => fs.rmSync(p('nope')));
  t(() => fs.rmSync(p('d')));
  t(() => fs.unlinkSync(p('nope')));
  t(() => fs.unlinkSync(dir));
  t(() => fs.copyFileSync(p('nope'), p('b')));
  t(() => fs.symlinkSync('file', p('file')));
  t(() => fs.linkSync(p('nope'), p('b')));
  t(() => fs.readlinkSync(p('file')));
  t(() => fs.realpathSync(p('nope/x')));
  t(() => fs.realpathSync.native(p('nope/x')));
  t(() => fs.mkdtempSync(p('nope/x-')));
  t(() => fs.truncateSync(p('nope')));
  t(() => fs.accessSync(p('nope')));
  t(() => fs.chmodSync(p('nope'), 0o644));
  t(() => fs.utimesSync(p('nope'), 1, 1));
  t(() => fs.lstatSync(p('nope')));
  t(() => fs.statSync(p('nope')));
  t(() => fs.fstatSync(999));
  t(() => fs.closeSync(999));
  t(() => fs.readSync(999, Buffer.alloc(2)));
  t(() => fs.openSync(p('nope/x'), 'r'));
  t(() => fs.writeFileSync(p('file'), 'x', { flag: 'wx' }));
  // argument validation
  t(() => fs.readFileSync());
  t(() => fs.readFileSync({}));
  t(() => fs.readFileSync('a\0b'));
  t(() => fs.readFileSync(p('file'), 'foo'));
  t(() => fs.readFileSync(p('file'), { encoding: 'foo' }));
  t(() => fs.readFileSync(p('file'), 5));
  t(() => fs.writeFileSync(p('w'), 5));
  t(() => fs.writeFileSync(p('w'), {}));
  t(() => fs.readFile(p('file')));
  t(() => fs.closeSync(-1));
  t(() => fs.closeSync('x'));
  t(() => fs.closeSync(1.5));
  t(() => fs.openSync(p('file'), 'q'));
  t(() => fs.openSync(p('file'), 'r', 'x'));
  t(() => fs.chmodSync(p('file'), 'abc'));
  t(() => fs.renameSync(p('file'), 5));
  t(() => fs.copyFileSync(null, p('x')));
  t(() => fs.statSync());
  t(() => fs.unlink(p('x'), 'notfn'));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
