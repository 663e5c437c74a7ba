// The expression of a for-in/of head sees the loop's let/const names in their TDZ.
let x = 'outer';
try { for (const x of [x]) console.log(x); } catch (e) { console.log(e.constructor.name, e.message); }
try { for (let x in { [x]: 1 }) console.log(x); } catch (e) { console.log(e.constructor.name, e.message); }
try { for (const [x, y] of [[1, y]]) ; } catch (e) { console.log(e.constructor.name, e.message); }
// closures created in the head see the TDZ binding, not the outer one
let fn;
try { for (const x of (fn = () => x, [1])) ; } catch (e) { console.log('unexpected', e.message); }
try { fn(); } catch (e) { console.log('closure:', e.constructor.name, e.message); }
// var heads and plain targets see the outer bindings
for (var v of [x]) console.log('var head', v);
let t;
for (t of [x, x + '!']) console.log('target', t);
// other names are unaffected
const list = ['a', 'b'];
for (const item of list) console.log(item);
for (const k in { p: 1, q: 2 }) console.log(k);
// delete through optional chains
const d = { a: { b: 1, c: 2 } }, none = null;
console.log(delete d?.a?.b, d, delete none?.a.b, delete d.a?.['c'], d);
// require of a missing module inside try is node's run-time error
try { require('./no-such-file'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
