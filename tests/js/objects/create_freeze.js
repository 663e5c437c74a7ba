// Object.create, getPrototypeOf, setPrototypeOf, freeze, isFrozen.
var proto = { hello: function () { return "hello " + this.n; } };
var o = Object.create(proto);
o.n = 1;
console.log(o.hello(), Object.getPrototypeOf(o) === proto);
var bare = Object.create(null);
bare.x = 1;
console.log(Object.getPrototypeOf(bare), "toString" in bare, Object.keys(bare));
var other = { hello: function () { return "other " + this.n; } };
Object.setPrototypeOf(o, other);
console.log(o.hello());
var f = Object.freeze({ a: 1, inner: { b: 2 } });
f.a = 100;
f.c = 3;
delete f.a;
f.inner.b = 200;
console.log(f, Object.isFrozen(f), Object.isFrozen(f.inner), Object.isFrozen({}));
console.log(Object.isFrozen(Object.freeze([1, 2])));
var arr = Object.freeze([1, 2, 3]);
try { arr.push(4); } catch (e) { console.log(e.name); }
console.log(arr);
