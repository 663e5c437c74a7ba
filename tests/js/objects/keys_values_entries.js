// Object.keys, values, entries, assign.
var o = { b: 2, a: 1, c: [3] };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
var target = { a: 0, z: 26 };
var r = Object.assign(target, { a: 1 }, null, { b: 2 }, { a: 3 });
console.log(r === target, target);
var copy = Object.assign({}, o);
copy.b = 20;
console.log(o.b, copy.b, copy.c === o.c);
console.log(Object.keys([4, 5, 6]), Object.values("hi"), Object.entries([7, 8]));
var proto = { inherited: 1 };
var child = Object.create(proto);
child.own = 2;
console.log(Object.keys(child), Object.values(child));
var total = 0;
Object.entries({ x: 1, y: 2, z: 3 }).forEach(function (kv) { total += kv[1]; });
console.log(total);
