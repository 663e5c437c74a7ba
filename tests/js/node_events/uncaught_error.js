// An 'error' event nobody listens for ends the process as node does: the
// emitted Error itself is the uncaught exception (exit 1), and what ran
// before it printed.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log('before');
e.emit('error', new Error('nobody listens'));
console.log('not reached');
