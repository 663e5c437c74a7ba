// util.types answers by a value's internal class: a Symbol.toStringTag or
// a faked prototype does not fool it.
const { types } = require('node:util');
const util = require('util');
const fakeDate = { [Symbol.toStringTag]: 'Date' };
Object.setPrototypeOf(fakeDate, Date.prototype);
const cases = { date: new Date(), fakeDate, regexp: /x/, map: new Map(), set: new Set(), weakmap: new WeakMap(),
  promise: Promise.resolve(), thenable: { then() {} }, u8: new Uint8Array(2), f64: new Float64Array(1),
  ab: new ArrayBuffer(1), dv: new DataView(new ArrayBuffer(1)), asyncFn: async () => {}, genFn: function* () {},
  gen: (function* () {})(), err: new TypeError('x'), num: Object(1), str: Object('s'), plain: {}, arr: [],
  args: (function () { return arguments; })(), proxy: new Proxy({}, {}), mapIter: new Map().keys(), prim: 5 };
const checks = ['isDate', 'isRegExp', 'isMap', 'isSet', 'isWeakMap', 'isPromise', 'isTypedArray', 'isUint8Array',
  'isArrayBuffer', 'isAnyArrayBuffer', 'isArrayBufferView', 'isDataView', 'isAsyncFunction', 'isGeneratorFunction',
  'isGeneratorObject', 'isNativeError', 'isBoxedPrimitive', 'isNumberObject', 'isStringObject', 'isArgumentsObject',
  'isProxy', 'isMapIterator'];
for (const [name, v] of Object.entries(cases)) {
  console.log(name.padEnd(9), checks.filter((c) => types[c](v)).join(' '));
}
console.log(util.isDate(new Date()), util.isRegExp(/a/), util.isPrimitive(null), util.isObject(null), typeof util.inspect, util.format('%s=%d', 'a', 1));
