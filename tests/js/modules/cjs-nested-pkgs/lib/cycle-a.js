exports.done = false;
const b = require('./cycle-b');
exports.fromB = b.sawA;
exports.done = true;
