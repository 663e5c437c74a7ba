// Callback forms: write/read arguments, copyFile/symlink/readlink/realpath/mkdtemp/access, and errors.
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(os.tmpdir() + '/kiln-fcb-');
const rel = (s) => String(s).split(dir).join('<tmp>');
fs.open(dir + '/w', 'w', (err, fd) => {
  fs.write(fd, 'text', (err, n, s) => {
    console.log('write string', err, n, s);
    fs.write(fd, Buffer.from('BUF'), 0, 3, null, (err, n, b) => {
      console.log('write buffer', err, n, b);
      fs.closeSync(fd);
      fs.copyFile(dir + '/w', dir + '/c', (err) => {
        console.log('copyFile', err, fs.readFileSync(dir + '/c', 'utf8'));
        fs.symlink('c', dir + '/l', (err) => {
          fs.readlink(dir + '/l', (err, t) => {
            console.log('readlink', err, t);
            fs.realpath(dir + '/l', (err, p) => {
              console.log('realpath', err, rel(p));
              fs.access(dir + '/nope', (err) => {
                console.log('access', err.code, rel(err.message));
                fs.mkdtemp(dir + '/t-', (err, p) => {
                  console.log('mkdtemp', err, rel(p).slice(0, 8), p.length - dir.length);
                  fs.appendFile(dir + '/c', '+', (err) => {
                    fs.readFile(dir + '/c', { encoding: 'utf8' }, (err, s) => {
                      console.log('appendFile', err, s);
                      fs.lstat(dir + '/l', (err, st) => {
                        console.log('lstat', err, st.isSymbolicLink());
                        fs.rm(dir, { recursive: true, force: true }, (err) => console.log('rm', err, fs.existsSync(dir)));
                      });
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
});
fs.promises.readFile(5.5).catch((e) => console.log('promise arg error', e.code));
try { fs.stat(dir); } catch (e) { console.log('no callback', e.code, e.message); }
