// Writable: write()'s answer against highWaterMark, 'drain', write
// callbacks (sync and async), cork/uncork with writev, final, 'finish'.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
// setImmediate chains, not timers: the order must not depend on the clock
const later = (fn, n = 1) => (n <= 0 ? fn() : setImmediate(() => later(fn, n - 1)));

const w = new Writable({
  highWaterMark: 5,
  write(chunk, enc, cb) {
    log('write', chunk.toString(), enc, this.writableLength);
    later(cb, 1);
  },
});
log('w1', w.write('abc', () => log('cb abc')));
log('w2', w.write('de', () => log('cb de')));
log('w3', w.write('f'));
log('needDrain', w.writableNeedDrain, 'length', w.writableLength);
w.on('drain', () => {
  log('drain', w.writableLength);
  w.end('last', () => log('end cb'));
});
w.on('prefinish', () => log('prefinish'));
w.on('finish', () => log('finish', w.writableFinished));
w.on('close', () => log('close'));

const v = new Writable({
  objectMode: true,
  writev(chunks, cb) {
    log('writev', chunks.map((c) => c.chunk));
    process.nextTick(cb);
  },
  write(chunk, enc, cb) {
    log('single', chunk);
    cb();
  },
  final(cb) {
    log('final');
    later(cb, 2);
  },
});
v.cork();
v.write(1);
v.write(2);
v.write(3);
log('corked', v.writableCorked, v.writableLength);
process.nextTick(() => v.uncork());
v.write(4);
later(() => { v.write(5); v.end(); }, 20);
v.on('finish', () => log('v finish'));

const s = new Writable({
  decodeStrings: false,
  write(chunk, enc, cb) { log('string write', typeof chunk, chunk, enc); cb(); },
});
s.write('hé', 'utf8');
s.write(Buffer.from('b'));
s.setDefaultEncoding('latin1');
s.write('x');
s.end();
s.on('finish', () => log('s finish'));
