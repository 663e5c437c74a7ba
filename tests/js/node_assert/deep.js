// Deep equality (assert.deepEqual, deepStrictEqual, util.isDeepStrictEqual):
// Maps, Sets, typed arrays, Dates, RegExps, boxed primitives, prototypes,
// symbol keys, errors, cycles, holes.
const assert = require('assert');
const util = require('util');
const cases = [
  [1, 1], [1, '1'], [0, -0], [NaN, NaN], [null, undefined], [{}, {}], [[], {}], [{ a: 1 }, { a: 1, b: undefined }],
  [[1, [2, [3]]], [1, [2, [3]]]], [[1, 2], [2, 1]], [new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])],
  [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])], [new Map([[1, 'a']]), new Map([[1, 'b']])],
  [new Map([['1', 'a']]), new Map([[1, 'a']])], [new Set([1, 2, 3]), new Set([3, 2, 1])], [new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])],
  [new Set([1]), new Set(['1'])], [new Set([[1], [1]]), new Set([[1], [2]])],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1, 2]), new Int8Array([1, 2])], [new Float64Array([0]), new Float64Array([-0])],
  [new Float32Array([NaN]), new Float32Array([NaN])], [Buffer.from('ab'), Buffer.from('ab')], [Buffer.from('ab'), new Uint8Array([97, 98])],
  [new ArrayBuffer(2), new ArrayBuffer(2)], [new ArrayBuffer(2), new ArrayBuffer(3)], [new DataView(new ArrayBuffer(1)), new DataView(new ArrayBuffer(1))],
  [new Date(0), new Date(0)], [new Date(0), new Date(1)], [new Date(NaN), new Date(NaN)], [new Date(0), {}],
  [/a/g, /a/g], [/a/g, /a/i], [/a/, /b/], [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')], [new Error('x'), new Error('y')],
  [new Number(1), new Number(1)], [new Number(1), new Number(2)], [new String('a'), new String('a')], [new String('a'), 'a'],
  [new Boolean(true), new Boolean(true)], [Object(1n), Object(1n)], [Object(Symbol.iterator), Object(Symbol.iterator)],
  [Object.create(null), {}], [Object.create({ p: 1 }), {}], [new (class A {})(), new (class A {})()], [[1, , 3], [1, undefined, 3]],
  [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 1 }], [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 }], [{ [Symbol.for('s')]: 1 }, {}],
  [() => {}, () => {}], [Symbol('a'), Symbol('a')], [1n, 1n], [1n, 1], ['a', new String('a')],
  [Object.assign([1, 2], { extra: 1 }), [1, 2]], [Object.assign([1, 2], { extra: 1 }), Object.assign([1, 2], { extra: 1 })],
  [new WeakMap(), new WeakMap()], [Promise.resolve(), Promise.resolve()], [{ a: new Map([[1, new Set([1])]]) }, { a: new Map([[1, new Set([1])]]) }],
];
for (const [i, [a, b]] of cases.entries()) {
  let loose, strict;
  try { assert.deepEqual(a, b); loose = true; } catch { loose = false; }
  try { assert.deepStrictEqual(a, b); strict = true; } catch { strict = false; }
  console.log(i, loose, strict, util.isDeepStrictEqual(a, b) === strict);
}
const c1 = { a: 1 }; c1.self = c1;
const c2 = { a: 1 }; c2.self = c2;
console.log(util.isDeepStrictEqual(c1, c2), util.isDeepStrictEqual(c1, { a: 1, self: { a: 2 } }));
const l1 = [1]; l1.push(l1); const l2 = [1]; l2.push(l2);
console.log(util.isDeepStrictEqual(l1, l2));
const err = (() => { try { assert.deepStrictEqual({ a: [1, 2, 3], b: 'x' }, { a: [1, 2, 4], b: 'x' }); } catch (e) { return e; } })();
console.log(err.message);
const err2 = (() => { try { assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])); } catch (e) { return e; } })();
console.log(err2.message);
const big1 = Array.from({ length: 30 }, (_, i) => i), big2 = big1.slice(); big2[15] = -1;
const err3 = (() => { try { assert.deepStrictEqual(big1, big2); } catch (e) { return e; } })();
console.log(err3.message);
