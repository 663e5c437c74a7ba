// Objects holding long arrays, arrays holding objects, negative numbers, nested breaking.
console.log({ data: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20] });
console.log([{ id: 1, tags: ["a", "b"] }, { id: 2, tags: [] }, { id: 3, tags: ["c"] }]);
console.log({ neg: -1, negf: -0.5, arr: [-1, -2, -3] });
console.log([[1, 2, 3, 4, 5, 6, 7], [8, 9]]);
console.log({ a: "x".repeat(30), b: "y".repeat(30) });
console.log({ a: "x".repeat(20), b: "y".repeat(20), c: "z".repeat(20) });
console.log([["nested", "strings"], ["in", "arrays"]], "and", { more: true });
console.log({ fn: function () {}, arr: [function named() {}], nested: { f: () => 1 } });
