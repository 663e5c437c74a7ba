// Readable: paused mode with 'readable' and read(n), flowing with 'data',
// pause/resume, object mode, highWaterMark and push's answer.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
// setImmediate chains, not timers: the order must not depend on the clock
const later = (fn, n = 1) => (n <= 0 ? fn() : setImmediate(() => later(fn, n - 1)));

const r1 = new Readable({ read() {} });
log('hwm', r1.readableHighWaterMark, r1.readableFlowing, r1.readableObjectMode);
log('push a', r1.push('abc'), 'push b', r1.push('def'));
log('length', r1.readableLength);
r1.on('readable', () => {
  let c;
  while ((c = r1.read(2)) !== null) log('read(2)', c.toString());
  log('readable done, len', r1.readableLength);
});
r1.on('end', () => log('r1 end'));
later(() => { r1.push(null); }, 5);

const r2 = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
log('obj hwm', r2.readableHighWaterMark);
log(r2.push({ a: 1 }), r2.push([1, 2]), r2.push('x'), r2.readableLength);
r2.on('data', (d) => log('obj data', d));
r2.on('end', () => log('r2 end'));
r2.push(null);

let n = 0;
const r3 = new Readable({
  highWaterMark: 4,
  read(size) {
    log('_read', size, n);
    n++;
    if (n > 3) this.push(null);
    else this.push(String(n).repeat(3));
  },
});
r3.on('data', (d) => {
  log('r3 data', d.toString());
  if (d.toString() === '111') {
    r3.pause();
    log('paused', r3.isPaused(), r3.readableFlowing);
    later(() => { log('resume'); r3.resume(); }, 10);
  }
});
r3.on('pause', () => log('pause event'));
r3.on('resume', () => log('resume event'));
r3.on('end', () => log('r3 end', r3.readableEnded));
r3.on('close', () => log('r3 close', r3.destroyed));
