// A cycle gives the partial exports object, as in node's documentation.
console.log('main starting');
const a = require('./a.js');
const b = require('./b.js');
console.log('in main, a.done = %j, b.done = %j', a.done, b.done);
console.log(require('./a.js') === a, module.children.length);
