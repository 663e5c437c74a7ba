// fast-deep-equal (plain and es6 variants).
const equal = require('fast-deep-equal');
const equal6 = require('fast-deep-equal/es6');
const pairs = [
  [1, 1], [1, '1'], [NaN, NaN], [0, -0], [null, undefined], [null, null], [[], []], [[1, [2, 3]], [1, [2, 3]]], [[1, 2], [1, 2, 3]],
  [{ a: 1, b: { c: [1] } }, { b: { c: [1] }, a: 1 }], [{ a: 1 }, { a: 1, b: undefined }], [{}, []], [new Date(5), new Date(5)],
  [new Date(5), new Date(6)], [/a/g, /a/g], [/a/g, /a/i], [{ valueOf: () => 1 }, { valueOf: () => 1 }], [Object.create(null), {}],
  [new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])], [new Set([1, 2]), new Set([1, 3])], [new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  [new Float64Array([1]), new Float64Array([2])], ['abc', 'abc'], [equal, equal], [() => 1, () => 1],
];
for (const [a, b] of pairs) console.log(equal(a, b), equal6(a, b));
class A { constructor() { this.x = 1; } } class B { constructor() { this.x = 1; } }
console.log(equal(new A(), new B()), equal(new A(), new A()), equal6(new A(), { x: 1 }));
