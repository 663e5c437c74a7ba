// Property set sites: existing slot, new property, setter on prototype, frozen.
function setA(o, v) { o.a = v; return o; }
var plain = { a: 0 };
var other = { b: 1, a: 0 };
for (var i = 0; i < 5; i++) { setA(plain, i); setA(other, -i); }
console.log(plain, other);
console.log(setA({}, "new"), setA({ z: 1 }, "new2"));
var log = [];
var withSetter = Object.create({ set a(v) { log.push("setter " + v); } });
setA(withSetter, 7);
console.log(log, Object.keys(withSetter));
var frozen = Object.freeze({ a: 1 });
setA(frozen, 2);
console.log(frozen.a);
var arr = [1, 2];
setA(arr, "on array");
console.log(arr.a, arr.length);
