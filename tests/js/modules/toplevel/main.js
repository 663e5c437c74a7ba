// Top-level return ends a module early; its exports stay as set so far.
const early = require('./early');
console.log(early);
console.log('main runs on');
if (early.stop) return;
console.log('never printed');
