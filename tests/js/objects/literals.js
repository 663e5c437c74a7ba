// Object literals: shorthand, computed keys, methods, numeric and quoted keys.
var x = 1, y = 2;
var key = "dyn";
var o = { x, y, [key + "amic"]: true, ["k" + (1 + 1)]: "two", "quoted key": 3, 42: "num", method() { return this.x + this.y; } };
console.log(o);
console.log(o.dynamic, o.k2, o["quoted key"], o[42], o["42"], o.method());
var empty = {};
console.log(empty, Object.keys(empty).length);
var nested = { a: { b: { c: { d: 1 } } } };
console.log(nested.a.b.c.d, nested);
var dupe = { a: 1, b: 2, a: 3 };
console.log(dupe);
var order = { z: 1, 2: "two", a: 2, 1: "one", "-1": "neg", b: 3 };
console.log(Object.keys(order));
