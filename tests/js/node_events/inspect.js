// console.log of emitters as node prints them: the _events object with
// one function or an array, bound onceWrapper with its listener, the
// shapeMode and kCapture symbols, subclasses by class name.
const EventEmitter = require('node:events');
console.log(new EventEmitter());
class Stream extends EventEmitter {
  constructor() { super(); this.name = 'mine'; }
}
const s = new Stream();
s.on('data', () => {});
s.on('data', function onData() {});
s.once('end', function onEnd() {});
console.log(s);
console.log(s instanceof EventEmitter, Object.getPrototypeOf(Stream) === EventEmitter);
s.setMaxListeners(5);
console.log(s._maxListeners, s._eventsCount, Object.keys(s._events));
const captured = new EventEmitter({ captureRejections: true });
console.log(captured);
// old-style inheritance
const util = require('util');
function Old() { EventEmitter.call(this); }
util.inherits(Old, EventEmitter);
const old = new Old();
old.on('ping', (x) => console.log('pong', x));
old.emit('ping', 1);
console.log(old);
