// let in a for loop gives each iteration a fresh binding; var does not.
var fs = [];
for (let i = 0; i < 4; i++) fs.push(function () { return i; });
console.log(fs.map(function (f) { return f(); }));
var gs = [];
for (var j = 0; j < 4; j++) gs.push(function () { return j; });
console.log(gs.map(function (g) { return g(); }));
var hs = [];
for (let k = 0; k < 3; k++) { hs.push(() => k); k += 0; }
console.log(hs.map(h => h()));
var ms = [];
for (let m = 0; m < 3; m++) { ms.push(() => m++); }
console.log(ms[0](), ms[0](), ms[1]());
var xs = [];
for (const v of ["a", "b", "c"]) xs.push(() => v);
console.log(xs.map(x => x()).join(""));
var ys = [];
for (const key in { p: 1, q: 2 }) ys.push(() => key);
console.log(ys.map(y => y()).join(""));
var ws = [];
let w = 0;
while (w < 3) { let copy = w; ws.push(() => copy); w++; }
console.log(ws.map(f => f()));
