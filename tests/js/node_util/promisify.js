// util.promisify (first callback value, util.promisify.custom, `this`,
// errors), util.callbackify (values, rejections, falsy rejections, name and
// length) and node's errors for non-functions.
const util = require('util');
function add(a, b, cb) { setTimeout(() => (a < 0 ? cb(new Error('negative')) : cb(null, a + b, 'extra')), 1); }
const addP = util.promisify(add);
function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom!');
const obj = { v: 7, get(cb) { cb(null, this.v); } };
async function main() {
  console.log(await addP(1, 2), util.promisify(addP) === addP, util.promisify(custom) === custom[util.promisify.custom]);
  try { await addP(-1, 0); } catch (e) { console.log('rejected', e.message); }
  console.log(await util.promisify(custom)(), await util.promisify(obj.get).call(obj));
  console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'), addP.name);
  async function twice(x) { if (x === 0) throw null; if (x < 0) throw new Error('bad'); return x * 2; }
  const cb = util.callbackify(twice);
  console.log(cb.name, cb.length);
  await new Promise((r) => cb(4, (err, v) => { console.log('cb', err, v); r(); }));
  await new Promise((r) => cb(-1, (err) => { console.log('cb err', err.message); r(); }));
  await new Promise((r) => cb(0, (err) => { console.log('falsy', err.code, err.reason, err.message); r(); }));
  for (const f of [() => util.promisify(1), () => util.callbackify('x'), () => cb(1)]) {
    try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
  }
}
main();
