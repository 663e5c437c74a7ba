// fs callback API over libuv's threadpool, in node's order relative to timers and ticks.
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(os.tmpdir() + '/kiln-fsa-');
const rel = (s) => String(s).split(dir).join('<tmp>');
const p = (name) => dir + '/' + name;
fs.writeFile(p('a.txt'), 'hello async', (err) => {
  console.log('writeFile', err);
  fs.readFile(p('a.txt'), 'utf8', (err, data) => {
    console.log('readFile', err, data);
    fs.stat(p('a.txt'), (err, st) => {
      console.log('stat', err, st.size, st.isFile());
      fs.readFile(p('nope'), (err, data) => {
        console.log('readFile nope', err.code, err.errno, rel(err.message), data);
        console.log(rel(require('util').inspect(err)));
        fs.mkdir(p('x/y'), { recursive: true }, (err, first) => {
          console.log('mkdir', err, rel(first));
          fs.readdir(dir, (err, names) => {
            console.log('readdir', err, names);
            fs.readdir(dir, { withFileTypes: true }, (err, ents) => {
              console.log('readdir types', ents.map((d) => d.name + ':' + d.isDirectory()));
              fs.open(p('a.txt'), 'r', (err, fd) => {
                const buf = Buffer.alloc(5);
                fs.read(fd, buf, 0, 5, 6, (err, n, b) => {
                  console.log('read', err, n, b.toString(), b === buf);
                  fs.close(fd, (err) => {
                    console.log('close', err);
                    fs.rename(p('a.txt'), p('b.txt'), (err) => {
                      fs.unlink(p('b.txt'), (err) => {
                        console.log('unlink', err);
                        fs.exists(p('b.txt'), (e) => {
                          console.log('exists', e);
                          fs.rm(dir, { recursive: true }, (err) => {
                            console.log('rm', err, fs.existsSync(dir));
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
  });
});
process.nextTick(() => console.log('tick first'));
console.log('sync first');
