// Where stream events fall between process.nextTick callbacks and promise
// jobs: resume() and 'readable' are scheduled as ticks, a synchronous
// write callback runs on the next tick, 'finish' after the final tick,
// destroy's 'close' one tick later; _construct delays the first _read.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
// setImmediate chains, not timers: the order must not depend on the clock
const later = (fn, n = 1) => (n <= 0 ? fn() : setImmediate(() => later(fn, n - 1)));
const mark = (s) => {
  process.nextTick(() => log('tick', s));
  Promise.resolve().then(() => log('micro', s));
};

const r = new Readable({ read() {} });
r.on('data', (d) => log('data', d.toString()));
r.on('end', () => { log('end'); mark('after end'); });
r.on('close', () => log('close'));
r.push('x');
mark('after push');
r.push(null);

const w = new Writable({
  write(c, e, cb) { log('_write', c.toString()); cb(); },
  final(cb) { log('_final'); mark('in final'); cb(); },
});
w.write('1', () => log('cb 1'));
w.write('2', () => log('cb 2'));
w.end(() => log('end cb'));
w.on('prefinish', () => log('prefinish'));
w.on('finish', () => log('finish'));
w.on('close', () => log('w close'));
mark('after end()');

const c = new Readable({
  construct(cb) { log('_construct'); later(() => { log('constructed'); cb(); }, 5); },
  read() { log('_read after construct'); this.push('c'); this.push(null); },
});
c.on('data', (d) => log('c data', d.toString()));
c.on('close', () => log('c close'));

const cw = new Writable({
  construct(cb) { cb(new Error('cannot construct')); },
  write(ch, e, cb) { cb(); },
});
cw.on('error', (e) => log('cw error', e.message));
cw.on('close', () => log('cw close'));
cw.write('queued', (e) => log('cw write cb', e && e.message));

const d = new Duplex({ read() {}, write(ch, e, cb) { cb(); } });
d.on('end', () => log('d end'));
d.on('finish', () => log('d finish'));
d.on('close', () => log('d close'));
d.resume();
d.push(null);
later(() => { log('ending writable side'); d.end(); }, 10);

const p = new PassThrough();
p.on('readable', () => {
  log('readable', p.readableLength);
  let chunk;
  while ((chunk = p.read()) !== null) log('read', chunk.toString());
});
p.write('p1');
p.write('p2');
mark('after p writes');
p.end();
p.on('end', () => log('p end'));
