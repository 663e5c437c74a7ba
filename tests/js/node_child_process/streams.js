// A child's stdio are node streams: Readable/Writable instances that work
// with pipe, pipeline, Transform, readable events and backpressure.
const cp = require('child_process');
const { Readable, Writable, Duplex, Transform, pipeline } = require('stream');

const c = cp.spawn('cat');
console.log(c.stdout instanceof Readable, c.stdout instanceof Duplex, c.stdin instanceof Writable,
            c.stdout.readable, c.stdout.writable, c.stdin.writable, c.stdin.readable);

const upper = new Transform({
  transform(chunk, enc, cb) {
    cb(null, chunk.toString().toUpperCase());
  },
});
let got = '';
const sink = new Writable({
  write(chunk, enc, cb) {
    got += chunk;
    cb();
  },
});
pipeline(c.stdout, upper, sink, (err) => {
  console.log('pipeline done', err, JSON.stringify(got));
  second();
});
Readable.from(['one\n', 'two\n', 'three\n']).pipe(c.stdin);
c.stdin.on('finish', () => console.log('stdin finish'));

function second() {
  // paused mode: 'readable' and read()
  const d = cp.spawn('printf', ['abcdef']);
  d.stdout.setEncoding('utf8');
  let s = '';
  d.stdout.on('readable', () => {
    let chunk;
    while ((chunk = d.stdout.read()) !== null) s += chunk;
  });
  d.stdout.on('end', () => console.log('readable end', s, d.stdout.readableEncoding));
  d.on('close', (code) => {
    console.log('close', code, d.stdout.destroyed);
    third();
  });
}

function third() {
  // a lot of data through a slow consumer (backpressure stops and restarts reading)
  const e = cp.spawn('sh', ['-c', 'yes abcdefghij | head -c 2000000']);
  let n = 0;
  const slow = new Writable({
    highWaterMark: 1024,
    write(chunk, enc, cb) {
      n += chunk.length;
      setImmediate(cb);
    },
  });
  e.stdout.pipe(slow);
  slow.on('finish', () => console.log('slow sink got', n));
  e.on('close', (code) => console.log('big close', code));
}
