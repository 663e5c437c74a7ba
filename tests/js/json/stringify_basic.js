// JSON.stringify of primitives, arrays and objects.
console.log(JSON.stringify(1), JSON.stringify("s"), JSON.stringify(true), JSON.stringify(null));
console.log(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(NaN), JSON.stringify(-Infinity));
console.log(JSON.stringify([1, "a", null, undefined, function () {}, NaN]));
console.log(JSON.stringify({ a: 1, b: "x", c: undefined, d: function () {}, e: null, f: [] }));
console.log(JSON.stringify({ nested: { deep: { deeper: [1, { x: 2 }] } } }));
console.log(JSON.stringify([]), JSON.stringify({}), JSON.stringify([[]]), JSON.stringify(1e21), JSON.stringify(0.1 + 0.2));
console.log(JSON.stringify({ 2: "b", 1: "a", z: 0 }));
console.log(JSON.stringify({ toJSON: function () { return { replaced: true }; } }));
