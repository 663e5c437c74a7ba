// fill, Array.from, Array.of, Array.isArray.
console.log(new Array(5).fill(0), [1, 2, 3, 4].fill(9, 1, 3), [1, 2, 3].fill("x", -1));
console.log(Array.from("abc"), Array.from([1, 2, 3], function (x) { return x * 10; }));
console.log(Array.from({ length: 4 }, function (_, i) { return i * i; }));
console.log(Array.from({ length: 2, 0: "a", 1: "b" }));
console.log(Array.of(7), Array.of(1, 2, 3), Array.of());
console.log(Array.isArray([]), Array.isArray({}), Array.isArray("a"), Array.isArray(new Array(2)));
var grid = Array.from({ length: 3 }, function () { return new Array(3).fill(0); });
grid[1][1] = 5;
console.log(grid);
