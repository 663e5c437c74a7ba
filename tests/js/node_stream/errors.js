// Stream errors: node's codes and messages, the order of 'error' and
// 'close', destroy() with and without an error, and a missing _read.
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);
// setImmediate chains, not timers: the order must not depend on the clock
const later = (fn, n = 1) => (n <= 0 ? fn() : setImmediate(() => later(fn, n - 1)));
const show = (e) => `${e.name} ${e.code} ${e.message}`;

const r = new Readable({ read() {} });
r.on('error', (e) => log('r error', show(e)));
r.on('close', () => log('r close', r.destroyed, r.errored && r.errored.code));
r.push(null);
r.push('x');

const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => log('w error', show(e)));
w.on('close', () => log('w close'));
w.end();
w.write('late', (err) => log('write cb', show(err)));

const w2 = new Writable({ write(c, e, cb) { cb(); } });
try { w2.write(null); } catch (e) { log('null', show(e)); }
try { w2.write(5); } catch (e) { log('number', show(e)); }
try { w2.write('a', 'nope'); } catch (e) { log('enc', show(e)); }
try { new Readable({ highWaterMark: -1 }); } catch (e) { log('hwm', show(e)); }
try { w2.setDefaultEncoding('bogus'); } catch (e) { log('default enc', show(e)); }

const r2 = new Readable();
r2.on('error', (e) => log('r2 error', show(e)));
r2.read();

const w3 = new Writable();
w3.on('error', (e) => log('w3 error', show(e)));
try { w3.write('a'); } catch (e) { log('w3 thrown', show(e)); }

const d = new Readable({ read() {} });
d.on('close', () => log('d close'));
d.on('error', (e) => log('d error', e.message));
d.destroy(new Error('boom'));
log('destroyed now', d.destroyed);
d.destroy(new Error('second'));

const d2 = new Writable({
  write(c, e, cb) { cb(); },
  destroy(err, cb) { log('_destroy', err); later(() => cb(err), 1); },
});
d2.on('close', () => log('d2 close'));
d2.destroy();
d2.write('after', (e) => log('d2 write cb', show(e)));
d2.on('error', (e) => log('d2 error', show(e)));

const e = new Writable({ write(c, enc, cb) { cb(new Error('write failed')); } });
e.on('error', (err) => log('e error', err.message, e.writable, e.destroyed));
e.on('close', () => log('e close'));
e.write('x', (err) => log('e write cb', err.message));

const m = new Writable({ write(c, enc, cb) { cb(); cb(); } });
m.on('error', (err) => log('m error', show(err)));
m.write('x');

const w4 = new Writable({ write(c, e, cb) { cb(); } });
w4.end();
w4.on('finish', () => w4.end((err) => log('end again', show(err))));
