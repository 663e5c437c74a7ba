// for-in over objects, arrays and inherited properties.
var o = { x: 1, y: 2, z: 3 };
var s = "";
for (var k in o) s += k + "=" + o[k] + ";";
console.log(s);
var arr = [10, 20, 30];
var idx = [];
for (var i in arr) idx.push(i);
console.log(idx);
var sum = 0;
for (let key in o) { if (key === "y") continue; sum += o[key]; }
console.log(sum);
var empty = 0;
for (var e in {}) empty++;
console.log(empty);
var child = Object.create({ inherited: true });
child.own = 1;
var names = [];
for (var n in child) names.push(n);
console.log(names);
