// map, filter, reduce, reduceRight with index and array arguments.
var a = [1, 2, 3, 4, 5];
console.log(a.map(function (x, i) { return x * i; }));
console.log(a.filter(function (x) { return x % 2; }));
console.log(a.reduce(function (acc, x) { return acc + x; }));
console.log(a.reduce(function (acc, x) { return acc + x; }, 100));
console.log(a.reduceRight(function (acc, x) { return acc + x; }, ""));
console.log(a.reduce(function (acc, x, i, arr) { return acc + (arr.length - i); }, 0));
console.log([[1, 2], [3], [4, 5]].reduce(function (acc, x) { return acc.concat(x); }, []));
try { [].reduce(function () {}); } catch (e) { console.log(e.name, e.message); }
console.log([].reduce(function () {}, "init"));
console.log(["a", "b"].map(function (x) { return this.p + x; }, { p: ">" }));
console.log([1, , 3].map(function (x) { return x * 2; }));
console.log(a.map(String), ["1", "2", "3"].map(Number), ["10", "10", "10"].map(parseInt));
