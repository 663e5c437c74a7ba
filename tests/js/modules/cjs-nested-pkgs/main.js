// CommonJS with nested node_modules: the nearest package wins, scoped packages,
// package.json main, directory index files, JSON, exports objects and cycles.
const alpha = require('alpha');
const beta = require('beta');
const gamma = require('@scope/gamma');
const util = require('./lib');
const cfg = require('./lib/config.json');
console.log(alpha.name, alpha.betaVersion, beta.version, gamma.hello('kiln'));
console.log(util.twice(21), cfg.mode, cfg.list.length);
console.log(require('alpha') === alpha, require.resolve('beta').endsWith('node_modules/beta/index.js'));
console.log(Object.keys(require.cache).length > 3, module.id, typeof module.exports);
const a = require('./lib/cycle-a');
console.log(a.fromB, a.done);
try { require('no-such-package'); } catch (e) { console.log(e.code); }
