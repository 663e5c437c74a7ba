// EventEmitter's listener bookkeeping: order of on/prepend/once, once
// listeners removed before they run, removal during an emit (the running
// emit keeps its copy), newListener/removeListener events, listeners() vs
// rawListeners(), eventNames() with symbols, listenerCount.
const EventEmitter = require('events');
const e = new EventEmitter();
const log = [];
e.on('newListener', (ev, fn) => log.push(`new ${String(ev)} ${fn.name}`));
e.on('removeListener', (ev, fn) => log.push(`removed ${String(ev)} ${fn.name}`));
function a(x) { log.push(`a ${x}`); }
function b(x) { log.push(`b ${x}`); }
function c(x) { log.push(`c ${x}`); }
e.on('x', a);
e.prependListener('x', b);
e.once('x', c);
e.prependOnceListener('x', function d(x) { log.push(`d ${x} ${this === e}`); });
console.log(e.listenerCount('x'), e.listeners('x').map((f) => f.name), e.rawListeners('x').map((f) => f.name));
console.log(e.emit('x', 1), e.emit('x', 2), e.emit('nothing'));
console.log(log.splice(0));
// removing a later listener during emit: it still runs this time
e.on('y', function first() { e.removeListener('y', second); log.push('first'); });
function second() { log.push('second'); }
e.on('y', second);
e.emit('y');
e.emit('y');
console.log(log.splice(0));
// the same listener twice: removeListener takes the last one
e.on('z', a); e.on('z', b); e.on('z', a);
e.removeListener('z', a);
console.log(e.listeners('z').map((f) => f.name));
e.off('z', a); e.off('z', b); e.off('z', b);
console.log(e.listenerCount('z'), e.eventNames());
const sym = Symbol('s');
e.on(sym, a);
console.log(e.eventNames(), e.listenerCount(sym, a), e.listenerCount('x', a), e.listenerCount('x', c));
e.removeAllListeners('x');
console.log(e.eventNames());
e.removeAllListeners();
console.log(e.eventNames(), log.splice(0));
// once: the wrapper, and this inside it
const o = new EventEmitter();
o.once('q', c);
console.log(o.rawListeners('q')[0].name, o.rawListeners('q')[0].listener === c, o.listeners('q')[0] === c);
o.rawListeners('q')[0]('raw');
console.log(o.listenerCount('q'), log.splice(0));
// chaining and return values
console.log(o.on('r', a) === o, o.once('r', a) === o, o.removeAllListeners() === o, o.setMaxListeners(3) === o);
console.log(o.getMaxListeners(), new EventEmitter().getMaxListeners(), EventEmitter.defaultMaxListeners);
console.log(EventEmitter.listenerCount(e, 'x'), require('events').EventEmitter === EventEmitter, typeof EventEmitter.init);
console.log(Object.keys(EventEmitter));
// listener arguments and `this`
const t = new EventEmitter();
t.on('args', function (...xs) { console.log(xs, this === t); });
t.on('args', (...xs) => console.log(xs.length));
t.emit('args', 1, 'two', [3]);
t.emit('args');
