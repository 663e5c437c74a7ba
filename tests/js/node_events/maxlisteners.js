// More listeners than the maximum: node warns once per event on stderr
// (MaxListenersExceededWarning) and keeps every listener; 0 means no limit.
const EventEmitter = require('events');
const e = new EventEmitter();
process.on('warning', (w) => console.log('warning event', w.name, w.count, w.type, w.emitter === e, w.message));
for (let i = 0; i < 12; i++) e.on('leak', () => {});
console.log(e.listenerCount('leak'), e.listeners('leak').warned);
const f = new EventEmitter();
f.setMaxListeners(0);
for (let i = 0; i < 20; i++) f.on('x', () => {});
EventEmitter.defaultMaxListeners = 2;
const g = new EventEmitter();
g.on('y', () => {}); g.on('y', () => {}); g.on('y', () => {});
console.log(g.getMaxListeners(), f.listenerCount('x'));
