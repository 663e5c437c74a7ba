// require with a computed name looks among the bundled modules at run time.
require('./plugins/one'); // bundles the plugins
require('./plugins/two.js');
for (const name of ['one', 'two']) console.log(require('./plugins/' + name).name);
const two = './plugins/two';
console.log(require(two) === require('./plugins/two'));
function tryRequire(id) {
  try {
    require(id);
  } catch (e) {
    console.log(e.code, JSON.stringify(e.message.split(__dirname).join('<dir>')));
    console.log(e.requireStack.map((p) => p.split(__dirname).join('<dir>')));
  }
}
tryRequire('./plugins/' + 'three');
tryRequire('no-such-' + 'package');
require('./plugins/one').load('./missing');
try {
  require(42);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
