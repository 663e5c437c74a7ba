// console.log of nested objects: depth 2 then [Object], line breaking past 72 columns.
console.log({ a: 1, b: "two", c: [3] });
console.log({ level1: { level2: { level3: { level4: "deep" } } } });
console.log({ arr: [[1, [2, [3, [4]]]]] });
console.log({ name: "a fairly long string value", other: "another long string", third: 12345 });
console.log({ x: 1, y: 2 }, { z: 3 });
console.log({ "key with space": 1, valid_id: 2, "3d": 3, $dollar: 4, "a-b": 5 });
console.log({ empty: {}, emptyArr: [], nul: null, undef: undefined });
var o = { id: 1, children: [{ id: 2, children: [{ id: 3, children: [] }] }] };
console.log(o);
console.log([{ a: 1 }, { b: 2 }]);
console.log({ f: function () {}, g: function named() {}, h: () => 1 });
