// 'error' with no listener: an Error is thrown as it is; anything else
// becomes ERR_UNHANDLED_ERROR with the value in `context`; errorMonitor
// sees errors first; bad listeners and limits are node's TypeError and
// RangeError.
const EventEmitter = require('events');
const e = new EventEmitter();
try { e.emit('error', new Error('boom')); } catch (err) { console.log('caught', err.message); }
for (const v of ['text', 42, { a: 1 }, undefined, null]) {
  try { e.emit('error', v); } catch (err) {
    console.log(err.name, err.code, err.message, err.context, err instanceof Error);
  }
}
try { e.emit('error'); } catch (err) { console.log(err.message); }
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err.message));
try { e.emit('error', new Error('watched')); } catch (err) { console.log('still thrown', err.message); }
e.on('error', (err) => console.log('handled', err.message));
console.log(e.emit('error', new Error('fine')));
const bad = [() => e.on('x', 1), () => e.once('x', {}), () => e.removeListener('x', null), () => e.prependListener('x'),
  () => e.setMaxListeners(-1), () => e.setMaxListeners('3'), () => e.setMaxListeners(NaN),
  () => { EventEmitter.defaultMaxListeners = -5; }, () => new EventEmitter({ captureRejections: 'yes' }),
  () => EventEmitter.setMaxListeners(1, {}), () => require('events').getEventListeners(5)];
for (const f of bad) {
  try { f(); console.log('no error'); } catch (err) { console.log(err.name, err.code, err.message); }
}
try { e.emit('error', 'x'); } catch (err) { console.log('not reached'); }
const u = new EventEmitter();
try { u.emit('error', 'boom'); } catch (err) {
  console.log(require('util').inspect(err).split('\n').filter((l) => !l.startsWith('    at ')).join('\n'));
}
