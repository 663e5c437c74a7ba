// forEach, some, every, find, findIndex.
var a = [4, 8, 15, 16, 23, 42];
var seen = [];
a.forEach(function (x, i) { seen.push(i + ":" + x); });
console.log(seen.join(" "));
console.log(a.some(function (x) { return x > 40; }), a.some(function (x) { return x > 50; }));
console.log(a.every(function (x) { return x > 3; }), a.every(function (x) { return x % 2 === 0; }));
console.log(a.find(function (x) { return x > 10; }), a.find(function (x) { return x > 100; }));
console.log(a.findIndex(function (x) { return x > 10; }), a.findIndex(function (x) { return x > 100; }));
console.log([].some(function () { return true; }), [].every(function () { return false; }));
var calls = 0;
a.some(function (x) { calls++; return x === 15; });
console.log(calls);
console.log([1, 2, 3].forEach(function () {}));
