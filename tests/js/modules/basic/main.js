// CommonJS basics: relative files with and without extensions, JSON,
// a directory with index.js, packages in node_modules (package.json "main",
// index.js), caching, `this`, and the module wrapper's names.
const path = (p) => p.slice(__dirname.length); // no absolute paths in output
const counter = require('./lib/counter');
const again = require('./lib/counter.js');
console.log(counter === again, counter.next(), again.next());
console.log(this === module.exports, this === exports, typeof require);
console.log(path(__filename), __dirname.endsWith('basic'));
console.log(require('./data.json'), require('./data') === require('./data.json'));
console.log(require('./dir').name);
console.log(require('greet')('kiln'), require('plain'));
console.log(require('./lib/uses-inner'));
console.log(require('./lib/replace'), typeof require('./lib/replace'));
const util = require('util');
console.log(require('node:util') === util, util.format('%s=%d', 'x', 1));
console.log(require('timers').setTimeout === setTimeout, require('process') === process);
console.log(require('node:console') === console);
console.log(module.id, path(module.filename), module.loaded, module.children.map((m) => path(m.id)));
console.log(path(require.resolve('./lib/counter')), path(require.resolve('greet')));
console.log(Object.keys(require.cache).map(path));
console.log(require.cache[__filename] === module, require.main === module);
exports.done = true;
console.log(module.exports.done);
