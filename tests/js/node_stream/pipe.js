// pipe/unpipe: data flows with backpressure ('drain' resumes the source),
// the destination ends with the source unless { end: false }, 'pipe' and
// 'unpipe' events, piping into several destinations.
const { Readable, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
// setImmediate chains, not timers: the order must not depend on the clock
const later = (fn, n = 1) => (n <= 0 ? fn() : setImmediate(() => later(fn, n - 1)));

function sink(name, hwm, delay) {
  const got = [];
  const w = new Writable({
    highWaterMark: hwm,
    write(c, e, cb) {
      got.push(c.toString());
      if (delay) later(cb, delay); else cb();
    },
  });
  w.on('pipe', (src) => log(name, 'pipe', src instanceof Readable));
  w.on('unpipe', () => log(name, 'unpipe'));
  w.on('finish', () => log(name, 'finish', got.join('|')));
  return w;
}

let i = 0;
const src = new Readable({
  highWaterMark: 2,
  read() {
    i++;
    this.push(i <= 5 ? `c${i}` : null);
  },
});
let drains = 0;
const slow = sink('slow', 2, 2);
slow.on('drain', () => drains++);
src.pipe(slow);
src.on('end', () => log('src end'));
slow.on('close', () => log('slow close, drains > 0:', drains > 0));

const a = sink('a', 16, 0);
const b = sink('b', 16, 0);
const two = Readable.from(['x', 'y', 'z'], { objectMode: false });
two.pipe(a);
two.pipe(b);

const keep = sink('keep', 16, 0);
const s2 = Readable.from(['1', '2']);
s2.pipe(keep, { end: false });
s2.on('end', () => {
  log('s2 end, keep writable', keep.writable);
  keep.end('3');
});

const pt = new PassThrough();
const un = sink('un', 16, 0);
pt.pipe(un);
pt.write('before');
later(() => {
  pt.unpipe(un);
  log('after unpipe flowing', pt.readableFlowing);
  pt.write('after');
  log('buffered', pt.readableLength);
  un.end();
}, 100);
