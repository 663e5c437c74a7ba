// JSON.stringify with indentation (numbers and strings) and replacers.
var data = { name: "kiln", tags: ["aot", "llvm"], meta: { v: 1, empty: {}, none: [] }, n: null };
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, null, "\t"));
console.log(JSON.stringify([1, [2, [3]]], null, 1));
console.log(JSON.stringify(data, null, 20) === JSON.stringify(data, null, 10));
console.log(JSON.stringify(data, ["name", "n"]));
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3 } }, function (k, v) { return typeof v === "number" ? v * 10 : v; }));
console.log(JSON.stringify(data, null, "--"));
