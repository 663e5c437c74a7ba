// Transform and PassThrough: _transform/_flush, object mode on one side,
// backpressure through the readable side, and the events in node's order.
const { Transform, PassThrough, Duplex } = require('stream');
const log = (...a) => console.log(...a);
// setImmediate chains, not timers: the order must not depend on the clock
const later = (fn, n = 1) => (n <= 0 ? fn() : setImmediate(() => later(fn, n - 1)));

const upper = new Transform({
  transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
  flush(cb) { this.push('!'); cb(); },
});
upper.on('data', (d) => log('data', d.toString()));
upper.on('end', () => log('end'));
upper.on('finish', () => log('finish'));
upper.on('close', () => log('close'));
upper.write('hello ');
upper.write('world');
upper.end();

const splitter = new Transform({
  readableObjectMode: true,
  transform(chunk, enc, cb) {
    for (const w of chunk.toString().split(' ')) this.push(w);
    cb();
  },
});
const words = [];
splitter.on('data', (w) => words.push(w));
splitter.on('end', () => log('words', words, splitter.readableObjectMode, splitter.writableObjectMode));
splitter.end('a bb ccc');

const pt = new PassThrough({ highWaterMark: 2 });
log('pt writes', pt.write('ab'), pt.write('cd'), pt.writableLength, pt.readableLength);
later(() => {
  log('read', pt.read().toString());
  later(() => {
    log('after read', pt.writableLength, pt.readableLength);
    pt.end();
    pt.resume();
    pt.on('end', () => log('pt end'));
  }, 5);
}, 5);

const d = new Duplex({
  allowHalfOpen: false,
  read() {},
  write(c, e, cb) { log('duplex got', c.toString()); cb(); },
});
d.on('finish', () => log('duplex finish'));
d.on('end', () => log('duplex end'));
d.on('close', () => log('duplex close'));
d.write('in');
d.push('out');
d.push(null);
d.on('data', (c) => log('duplex data', c.toString()));
log(d instanceof require('stream').Writable, d instanceof require('stream').Readable);
