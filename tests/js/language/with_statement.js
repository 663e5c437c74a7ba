// with statements: lookup through the object, unscopables, assignment,
// calls with the object as this, closures, var declarations, typeof/delete.
var o = { a: 1, b: 2, f() { return this === o; } };
var a = 'outer a', c = 'outer c';
with (o) {
  console.log(a, b, c, f());
  a = 10;
  c = 'set c';
  var b = 20;          // PutValue through the with object
  var d = 'declared';  // not on o: the function's var
  b++; a += 5;
  console.log(typeof a, typeof zzz, typeof f, delete b, typeof b);
}
console.log(o, a, c, d);
function make(obj) {
  with (obj) {
    return () => x * 2;
  }
}
const fn = make({ x: 21 });
console.log(fn());
const scope = { x: 1 };
const later = make(scope);
scope.x = 100;
console.log(later());
// unscopables
const arr = [1, 2, 3];
var keys = 'outer keys', values = 'outer values', length = 'outer length';
with (arr) {
  console.log(length, keys, values, typeof includes, typeof at);
}
const u = { hidden: 1, seen: 2, [Symbol.unscopables]: { hidden: true } };
var hidden = 'outer hidden';
with (u) console.log(hidden, seen);
// nested with: innermost first
with ({ p: 'outer p', q: 'outer q' }) with ({ p: 'inner p' }) console.log(p, q);
// primitives are boxed, null throws
with ('str') console.log(length, charAt(1));
try { with (null) {} } catch (e) { console.log(e.constructor.name, e.message); }
// getters and proxy-like objects see the lookups in order
const log = [];
const g = { get v() { log.push('get v'); return 'v!'; } };
with (g) { log.push(v); }
console.log(log);
// a function declared inside with closes over the object
with ({ y: 'from with' }) { function inner() { return y; } }
var y = 'global y';
console.log(inner());
// loops and for-in targets through with
const acc = { i: 0, total: 0 };
with (acc) { for (i = 0; i < 5; i++) total += i; }
console.log(acc);
const tgt = { k: null };
with (tgt) { for (k in { one: 1, two: 2 }); }
console.log(tgt);
