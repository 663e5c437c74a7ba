// fs.createReadStream / createWriteStream: 'open' and 'ready', chunks of
// highWaterMark bytes, start/end (inclusive), encoding, bytesRead and
// bytesWritten, flags 'a', the fd option, ENOENT as node reports it, and
// pipe/pipeline between file streams.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline, Transform } = require('stream');
const log = (...a) => console.log(...a);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fss-'));
const file = path.join(dir, 'in.txt');
fs.writeFileSync(file, 'hello world\nline two\n');

const steps = [
  (next) => {
    const r = fs.createReadStream(file, { highWaterMark: 5, encoding: 'utf8' });
    log('pending', r.pending, r.path === file, r.flags, r.mode, r.readableHighWaterMark);
    r.on('open', (fd) => log('open', typeof fd, r.pending));
    r.on('ready', () => log('ready'));
    r.on('data', (d) => log('data', JSON.stringify(d)));
    r.on('end', () => log('end', r.bytesRead));
    r.on('close', () => { log('close', r.destroyed, r.fd); next(); });
  },
  (next) => {
    const r = fs.createReadStream(file, { start: 6, end: 10 });
    const parts = [];
    r.on('data', (d) => parts.push(d));
    r.on('end', () => log('range', Buffer.concat(parts).toString(), r.bytesRead));
    r.on('close', next);
  },
  (next) => {
    const r = fs.createReadStream(path.join(dir, 'nope.txt'));
    r.on('error', (e) => log('error', e.code, e.errno, e.syscall, e.message.replace(dir, 'DIR')));
    r.on('close', () => { log('error close'); next(); });
  },
  (next) => {
    const out = path.join(dir, 'out.txt');
    const w = fs.createWriteStream(out);
    log('w pending', w.pending, w.writableHighWaterMark);
    w.on('open', (fd) => log('w open', typeof fd));
    w.on('ready', () => log('w ready'));
    log('write', w.write('abc'), w.write(Buffer.from('def')));
    w.end('ghi\n', () => log('end cb', w.bytesWritten));
    w.on('finish', () => log('w finish'));
    w.on('close', () => {
      log('w close', fs.readFileSync(out, 'utf8'));
      const a = fs.createWriteStream(out, { flags: 'a' });
      a.end('more\n');
      a.on('close', () => { log('appended', JSON.stringify(fs.readFileSync(out, 'utf8'))); next(); });
    });
  },
  (next) => {
    const up = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
    const dst = path.join(dir, 'upper.txt');
    pipeline(fs.createReadStream(file), up, fs.createWriteStream(dst), (err) => {
      log('pipeline', err, JSON.stringify(fs.readFileSync(dst, 'utf8')));
      next();
    });
  },
  (next) => {
    const fd = fs.openSync(file, 'r');
    const r = fs.createReadStream(null, { fd, start: 0, end: 4 });
    r.setEncoding('utf8');
    r.on('data', (d) => log('fd data', d));
    r.on('close', () => {
      try { fs.fstatSync(fd); log('fd still open'); } catch (e) { log('fd closed', e.code); }
      next();
    });
  },
  (next) => {
    const copy = path.join(dir, 'copy.txt');
    const w = fs.createWriteStream(copy);
    fs.createReadStream(file).pipe(w);
    w.on('finish', () => { log('piped copy', fs.readFileSync(copy, 'utf8') === fs.readFileSync(file, 'utf8')); next(); });
  },
  (next) => {
    try { fs.createReadStream(file, { start: 5, end: 2 }); } catch (e) { log(e.code, e.message); }
    try { fs.createReadStream(file, { start: -1 }); } catch (e) { log(e.code, e.message); }
    try { fs.createReadStream(42); } catch (e) { log(e.code, e.message); }
    log(fs.ReadStream.name, fs.WriteStream.name);
    const c = fs.createReadStream(file);
    log('close()', c.close((err) => { log('closed', err && err.code, c.destroyed, c.bytesRead); next(); }));
  },
];
function run(i) {
  if (i === steps.length) {
    fs.rmSync(dir, { recursive: true });
    log('done');
    return;
  }
  steps[i](() => run(i + 1));
}
run(0);
