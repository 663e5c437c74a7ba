// Matrices as arrays of arrays: transpose, sum of rows, flatten by hand.
var m = [[1, 2, 3], [4, 5, 6]];
var t = [];
for (var j = 0; j < 3; j++) { t.push([]); for (var i = 0; i < 2; i++) t[j].push(m[i][j]); }
console.log(t);
console.log(m.map(function (row) { return row.reduce(function (a, b) { return a + b; }, 0); }));
var flat = [];
m.forEach(function (row) { row.forEach(function (v) { flat.push(v); }); });
console.log(flat);
var deep = [1, [2, [3, [4, [5]]]]];
function flatten(a) { var out = []; for (var i = 0; i < a.length; i++) { if (Array.isArray(a[i])) out = out.concat(flatten(a[i])); else out.push(a[i]); } return out; }
console.log(flatten(deep));
console.log(deep);
