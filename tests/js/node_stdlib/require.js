// A JavaScript module of node's (stdlib/node/path.js) under its plain and
// node: names: one module object, required by literal, by a computed name
// and through import(); it stays out of require.cache and
// module.children, and require.resolve answers its name, as in node.
const path = require('path');
const again = require('node:path');
console.log(path === again, typeof path.join, path.sep);
const name = ['pa', 'th'].join('');
console.log(require(name) === path, require('node:' + name) === path);
console.log(require.resolve('path'), require.resolve('node:path'));
console.log(Object.keys(require.cache).map((k) => k.slice(k.lastIndexOf('/') + 1)));
console.log(module.children.length);
import('node:path').then((ns) => {
  console.log(ns.default === path, ns.join === path.join, ns.sep, Object.keys(ns).includes('win32'));
});
import(name).then((ns) => console.log('computed import', ns.default === path));
