// fs: chown family, fdatasync, lutimes, fs.write's callback arguments.
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(os.tmpdir() + '/kiln-fsm-');
const { uid, gid } = os.userInfo();
try {
  fs.writeFileSync(dir + '/f', 'data');
  fs.symlinkSync('f', dir + '/l');
  fs.chownSync(dir + '/f', uid, gid);
  fs.lchownSync(dir + '/l', uid, gid);
  const fd = fs.openSync(dir + '/f', 'r+');
  fs.fchownSync(fd, uid, gid);
  fs.fdatasyncSync(fd);
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.lutimesSync(dir + '/l', 5, 6);
  console.log(fs.lstatSync(dir + '/l').mtimeMs, fs.statSync(dir + '/f').mtimeMs !== 6000);
  for (const f of [() => fs.chownSync(dir + '/f', 'x', 0), () => fs.chownSync(dir + '/f', 1.5, 0), () => fs.chownSync(dir + '/f', 0, -2),
                   () => fs.chownSync(dir + '/nope', uid, gid), () => fs.fdatasyncSync(999)]) {
    try { f(); console.log('ok'); } catch (e) { console.log(e.code, e.message.split(dir).join('<tmp>')); }
  }
  fs.chown(dir + '/f', uid, gid, (err) => {
    console.log('chown', err);
    fs.promises.lchown(dir + '/l', uid, gid).then(() => {
      console.log('lchown promise');
      fs.rmSync(dir, { recursive: true });
      console.log(fs.existsSync(dir));
    });
  });
} catch (e) {
  fs.rmSync(dir, { recursive: true });
  throw e;
}
