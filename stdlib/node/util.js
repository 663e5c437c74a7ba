'use strict';
// node:util — the C module (kiln:util: inspect, format, formatWithOptions,
// inherits, isArray, deprecate) extended with what is library logic:
// promisify (and util.promisify.custom), callbackify, and util.types, whose
// checks ask the runtime for a value's internal class (kiln:types), so
// Symbol.toStringTag cannot fool them.

const native = require('kiln:util');
const { kindOf } = require('kiln:types');
const { validateFunction } = require('internal/errors');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        resolve(values[0]);
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const key of Reflect.ownKeys(descriptors)) Object.defineProperty(fn, key, descriptors[key]);
  return fn;
}
promisify.custom = kCustomPromisify;

// A falsy rejection reason becomes an Error with `reason`, as in node.
function falsyReason(reason, cb) {
  if (!reason) {
    const err = new Error('Promise was rejected with falsy value');
    err.code = 'ERR_FALSY_VALUE_REJECTION';
    err.reason = reason;
    Object.defineProperty(err, 'name', { value: 'Error [ERR_FALSY_VALUE_REJECTION]', configurable: true, writable: true });
    void err.stack;
    delete err.name;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const cb = args.pop();
    validateFunction(cb, 'last argument');
    const onOk = (ret) => process.nextTick(cb, null, ret);
    const onErr = (rej) => process.nextTick(falsyReason, rej, cb);
    Reflect.apply(original, this, args).then(onOk, onErr);
  }
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, { length: descriptors.length, name: descriptors.name });
  return callbackified;
}

const typedArrayKinds = ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array', 'Int16Array',
  'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];
const is = (kind) => (v) => kindOf(v) === kind;
const types = {
  isExternal: () => false,
  isDate: is('Date'),
  isArgumentsObject: is('Arguments'),
  isBigIntObject: is('BigIntObject'),
  isBooleanObject: is('BooleanObject'),
  isNumberObject: is('NumberObject'),
  isStringObject: is('StringObject'),
  isSymbolObject: is('SymbolObject'),
  isNativeError: is('Error'),
  isRegExp: is('RegExp'),
  isAsyncFunction: (v) => kindOf(v) === 'AsyncFunction' || kindOf(v) === 'AsyncGeneratorFunction',
  isGeneratorFunction: (v) => kindOf(v) === 'GeneratorFunction' || kindOf(v) === 'AsyncGeneratorFunction',
  isGeneratorObject: (v) => kindOf(v) === 'Generator' || kindOf(v) === 'AsyncGenerator',
  isPromise: is('Promise'),
  isMap: is('Map'),
  isSet: is('Set'),
  isMapIterator: is('MapIterator'),
  isSetIterator: is('SetIterator'),
  isWeakMap: is('WeakMap'),
  isWeakSet: is('WeakSet'),
  isArrayBuffer: is('ArrayBuffer'),
  isDataView: is('DataView'),
  isSharedArrayBuffer: is('SharedArrayBuffer'),
  isProxy: is('Proxy'),
  isModuleNamespaceObject: is('ModuleNamespace'),
  isAnyArrayBuffer: (v) => kindOf(v) === 'ArrayBuffer' || kindOf(v) === 'SharedArrayBuffer',
  isBoxedPrimitive: (v) => /^(Number|String|Boolean|BigInt|Symbol)Object$/.test(kindOf(v) || ''),
  isArrayBufferView: (v) => kindOf(v) === 'DataView' || typedArrayKinds.includes(kindOf(v)),
  isTypedArray: (v) => typedArrayKinds.includes(kindOf(v)),
};
for (const k of typedArrayKinds) types[`is${k}`] = is(k);
types.isKeyObject = () => false;
types.isCryptoKey = () => false;

const util = {};
for (const key of Reflect.ownKeys(native)) util[key] = native[key];
util.callbackify = callbackify;
util.promisify = promisify;
util.types = types;
util.isDeepStrictEqual = require('internal/comparisons').isDeepStrictEqual;
util.TextEncoder = require('internal/encoding').TextEncoder;
util.TextDecoder = require('internal/encoding').TextDecoder;
util.parseArgs = require('internal/parse_args').parseArgs;
util.isDate = types.isDate;
util.isRegExp = types.isRegExp;
util.isError = (e) => types.isNativeError(e) || e instanceof Error;
util.isBoolean = (v) => typeof v === 'boolean';
util.isNull = (v) => v === null;
util.isNullOrUndefined = (v) => v === null || v === undefined;
util.isNumber = (v) => typeof v === 'number';
util.isString = (v) => typeof v === 'string';
util.isSymbol = (v) => typeof v === 'symbol';
util.isUndefined = (v) => v === undefined;
util.isObject = (v) => v !== null && typeof v === 'object';
util.isFunction = (v) => typeof v === 'function';
util.isPrimitive = (v) => v === null || (typeof v !== 'object' && typeof v !== 'function');

module.exports = util;
