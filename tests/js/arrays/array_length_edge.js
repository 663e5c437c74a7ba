// Array length edge cases: large indices, non-index keys, string indices.
var a = [];
a["2"] = "two";
console.log(a.length, a);
a["x"] = 1;
a[-1] = "neg";
a[1.5] = "frac";
console.log(a.length, Object.keys(a));
var b = [1, 2, 3];
b[4294967294] = "last";
console.log(b.length);
try { b.length = 4294967296; } catch (e) { console.log(e.name, e.message); }
var c = [1, 2, 3];
c.length = 0;
console.log(c, c[0]);
