// Long strings inside arrays and objects.
var s = "x".repeat(100);
console.log([s]);
console.log({ key: "a".repeat(80) });
console.log(["short", "y".repeat(75)]);
console.log("z".repeat(200));
