'use strict';
// Deep equality as node's assert and util.isDeepStrictEqual define it.
// Strict mode compares prototypes, Object.is for primitives, own
// enumerable symbol keys, and the types of boxed primitives; loose mode
// uses == for primitives and ignores prototypes. Both compare the
// Object.prototype.toString tags, Dates by time, RegExps by source, flags
// and lastIndex, errors by name and message too, typed arrays by their
// bytes (loose float arrays element by element, so 0 equals -0), Sets and
// Maps regardless of order (object members matched by deep equality),
// and cope with cycles by pairing the objects already being compared.

const { kindOf } = require('kiln:types');

const typedArrayKinds = new Set(['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array',
  'Int16Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']);
const boxedKinds = new Set(['NumberObject', 'StringObject', 'BooleanObject', 'BigIntObject', 'SymbolObject']);
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);

function bytesOf(v) {
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  return new Uint8Array(v);
}

function sameBytes(a, b) {
  const x = bytesOf(a), y = bytesOf(b);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameBoxed(a, b, kind) {
  switch (kind) {
    case 'NumberObject': return Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
    case 'StringObject': return String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
    case 'BooleanObject': return Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
    case 'BigIntObject': return BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
    default: return Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
}

const isErrorLike = (v) => kindOf(v) === 'Error' || v instanceof Error;

// The own enumerable keys that take part: all of Object.keys (without the
// indices of an array or typed array), and in strict mode the enumerable
// symbols.
function keysOf(v, skipIndices) {
  let keys = Object.keys(v);
  if (skipIndices) keys = keys.filter((k) => !(String(k >>> 0) === k && (k >>> 0) !== 0xffffffff));
  return keys;
}

const kNoIterator = 0, kIsArray = 1, kIsSet = 2, kIsMap = 3;

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') return a == b || (Number.isNaN(a) && Number.isNaN(b)); // eslint-disable-line eqeqeq
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  const tag = Object.prototype.toString.call(a);
  if (tag !== Object.prototype.toString.call(b)) return false;
  const ka = kindOf(a), kb = kindOf(b);

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keysA = keysOf(a, true), keysB = keysOf(b, true);
    if (keysA.length !== keysB.length) return false;
    return keyCheck(a, b, strict, memos, kIsArray, keysA);
  }
  if (tag === '[object Object]' && ka === 'Object' && kb === 'Object') return keyCheck(a, b, strict, memos, kNoIterator);
  if (ka === 'Date') {
    if (kb !== 'Date' || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (ka === 'RegExp') {
    if (kb !== 'RegExp' || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (isErrorLike(a)) {
    if (!isErrorLike(b) || a.message !== b.message || a.name !== b.name) return false;
  } else if (typedArrayKinds.has(ka) || ka === 'DataView') {
    if (ka !== kb) return false;
    if (!strict && (ka === 'Float32Array' || ka === 'Float64Array')) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    } else if (!sameBytes(a, b)) {
      return false;
    }
    const keysA = keysOf(a, true), keysB = keysOf(b, true);
    if (keysA.length !== keysB.length) return false;
    return keyCheck(a, b, strict, memos, kNoIterator, keysA);
  } else if (ka === 'Set') {
    if (kb !== 'Set' || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsSet);
  } else if (ka === 'Map') {
    if (kb !== 'Map' || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsMap);
  } else if (ka === 'ArrayBuffer' || ka === 'SharedArrayBuffer') {
    if (ka !== kb || !sameBytes(a, b)) return false;
  } else if (boxedKinds.has(ka)) {
    if (ka !== kb || !sameBoxed(a, b, ka)) return false;
  } else if (Array.isArray(b) || typedArrayKinds.has(kb) || kb === 'DataView' || kb === 'Set' || kb === 'Map' ||
             kb === 'Date' || kb === 'RegExp' || kb === 'ArrayBuffer' || kb === 'SharedArrayBuffer' ||
             boxedKinds.has(kb) || isErrorLike(b)) {
    return false;
  }
  return keyCheck(a, b, strict, memos, kNoIterator);
}

function keyCheck(a, b, strict, memos, iterationType, keysA) {
  if (keysA === undefined) {
    keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length) return false;
  }
  for (const k of keysA) if (!isEnumerable(b, k)) return false;
  if (strict) {
    const symA = Object.getOwnPropertySymbols(a);
    let count = 0;
    for (const s of symA) {
      if (!isEnumerable(a, s)) continue;
      if (!isEnumerable(b, s)) return false;
      keysA.push(s);
      count++;
    }
    if (Object.getOwnPropertySymbols(b).filter((s) => isEnumerable(b, s)).length !== count) return false;
  }
  if (keysA.length === 0 &&
      (iterationType === kNoIterator || (iterationType === kIsArray && a.length === 0) || a.size === 0)) return true;

  // a pair already being compared (a cycle) is equal when it pairs the same
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map(), position: 0 };
  } else {
    const ma = memos.a.get(a);
    if (ma !== undefined) {
      const mb = memos.b.get(b);
      if (mb !== undefined) return ma === mb;
    }
    memos.position++;
  }
  memos.a.set(a, memos.position);
  memos.b.set(b, memos.position);
  const eq = objEquiv(a, b, strict, keysA, memos, iterationType);
  memos.a.delete(a);
  memos.b.delete(b);
  return eq;
}

function setHasEqualElement(set, v, strict, memos) {
  for (const w of set) {
    if (innerDeepEqual(v, w, strict, memos)) {
      set.delete(w);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  let pending = null;
  for (const v of a) {
    if (typeof v === 'object' && v !== null) {
      (pending ??= new Set()).add(v);
    } else if (!b.has(v)) {
      if (strict) return false;
      (pending ??= new Set()).add(v);
    }
  }
  if (pending !== null) {
    for (const v of b) {
      if (typeof v === 'object' && v !== null) {
        if (!setHasEqualElement(pending, v, strict, memos)) return false;
      } else if (!strict && !a.has(v) && !setHasEqualElement(pending, v, strict, memos)) {
        return false;
      }
    }
    return pending.size === 0;
  }
  return true;
}

function mapHasEqualEntry(set, map, key, item, strict, memos) {
  for (const k of set) {
    if (innerDeepEqual(key, k, strict, memos) && innerDeepEqual(item, map.get(k), strict, memos)) {
      set.delete(k);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [key, item] of a) {
    if (typeof key === 'object' && key !== null) {
      (pending ??= new Set()).add(key);
    } else {
      const other = b.get(key);
      if ((other === undefined && !b.has(key)) || !innerDeepEqual(item, other, strict, memos)) {
        if (strict) return false;
        (pending ??= new Set()).add(key);
      }
    }
  }
  if (pending !== null) {
    for (const [key, item] of b) {
      if (typeof key === 'object' && key !== null) {
        if (!mapHasEqualEntry(pending, a, key, item, strict, memos)) return false;
      } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), item, false, memos)) &&
                 !mapHasEqualEntry(pending, a, key, item, false, memos)) {
        return false;
      }
    }
    return pending.size === 0;
  }
  return true;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      }
    }
  }
  for (const k of keys) if (!innerDeepEqual(a[k], b[k], strict, memos)) return false;
  return true;
}

module.exports = {
  isDeepEqual: (a, b) => innerDeepEqual(a, b, false),
  isDeepStrictEqual: (a, b) => innerDeepEqual(a, b, true),
};
