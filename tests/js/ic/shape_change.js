// Objects change shape after a site has cached them: added, deleted, reordered.
function read(o) { return o.a + "/" + o.b; }
var o = { a: 1, b: 2 };
console.log(read(o));
o.c = 3;
console.log(read(o));
delete o.a;
console.log(read(o));
o.a = "A";
console.log(read(o), Object.keys(o));
var p = { b: "pb", a: "pa" };
console.log(read(p), read(o));
for (var i = 0; i < 40; i++) o["extra" + i] = i;
console.log(read(o), o.extra39);
delete o.b;
console.log(read(o));
