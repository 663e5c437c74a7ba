'use strict';
// node's coded errors, as node 20's internal/errors.js makes them: a
// TypeError (or RangeError, Error) whose stack begins "TypeError [CODE]: ",
// with an enumerable `code`, and node's message texts. Frames of the
// modules under internal/ on top of the stack are not captured (error.c),
// so a stack begins at the public function that threw, as in node.

const { inspect } = require('kiln:util');

// One class per (base, code), made on first use, as node's NodeError: it
// extends the base, says the base is its constructor (so inspect and
// `e.constructor` name TypeError), has an own enumerable `code` and prints
// "TypeError [CODE]: message" from toString.
const classes = new Map();

function nodeErrorClass(Base, code) {
  const key = `${Base.name} ${code}`;
  let C = classes.get(key);
  if (C) return C;
  C = class NodeError extends Base {
    constructor(message) {
      super();
      this.code = code;
      Object.defineProperty(this, 'message', { value: message, enumerable: false, writable: true, configurable: true });
    }
    get ['constructor']() {
      return Base;
    }
    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  };
  classes.set(key, C);
  return C;
}

// An error of class [Base] with [code] and [message].
function makeNodeError(Base, code, message) {
  const C = nodeErrorClass(Base, code);
  const err = new C(message);
  // the stack's first line is computed when first read: name it with the
  // code for that moment only
  Object.defineProperty(err, 'name', { value: `${Base.prototype.name} [${code}]`, configurable: true, writable: true });
  void err.stack;
  delete err.name;
  return err;
}

// node's determineSpecificType: how ERR_INVALID_ARG_TYPE names a value.
function describeReceived(v) {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  const shorten = (s) => (s.length > 28 ? `${s.slice(0, 25)}...` : s);
  switch (typeof v) {
    case 'bigint': return `type bigint (${v}n)`;
    case 'number': return `type number (${Object.is(v, -0) ? '-0' : String(v)})`;
    case 'boolean': return `type boolean (${v})`;
    case 'symbol': return `type symbol (${String(v)})`;
    case 'function': return `function ${v.name}`;
    case 'object':
      if (v.constructor && 'name' in v.constructor) return `an instance of ${v.constructor.name}`;
      return inspect(v, { depth: -1 });
    case 'string': {
      const s = shorten(v);
      return s.includes("'") ? `type string (${JSON.stringify(s)})` : `type string ('${s}')`;
    }
    default:
      return `type ${typeof v} (${shorten(inspect(v, { colors: false }))})`;
  }
}

const primitiveTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const className = /^([A-Z][a-z0-9]*)+$/;

// "one of type a, b, or c" and its shorter forms.
function listOf(items, lead) {
  if (items.length > 2) return `${lead}${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
  if (items.length === 2) return `${lead}${items[0]} or ${items[1]}`;
  return null;
}

// The "must be ..." part of ERR_INVALID_ARG_TYPE for the expected [list].
function describeExpected(list) {
  const types = [], instances = [], other = [];
  for (const e of list) {
    if (primitiveTypes.includes(e)) types.push(e.toLowerCase());
    else if (className.test(e)) instances.push(e);
    else other.push(e);
  }
  // "object" among instances reads as the class Object
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  const parts = [];
  if (types.length > 0) parts.push(listOf(types, 'one of type ') || `of type ${types[0]}`);
  if (instances.length > 0) {
    if (instances.length > 2) parts.push(listOf(instances, 'an instance of '));
    else parts.push(`an instance of ${instances.join(' or ')}`);
  }
  if (other.length > 0) {
    const o = listOf(other, 'one of ');
    parts.push(o || (other[0].toLowerCase() !== other[0] ? `an ${other[0]}` : other[0]));
  }
  return parts.join(' or ');
}

function argKind(name) {
  return name.includes('.') ? 'property' : 'argument';
}

function invalidArgType(name, expected, actual) {
  const what = name.endsWith(' argument') ? name : `"${name}" ${argKind(name)}`;
  const list = Array.isArray(expected) ? expected : [expected];
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                       `The ${what} must be ${describeExpected(list)}. Received ${describeReceived(actual)}`);
}

function invalidArgValue(name, value, reason = 'is invalid') {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' ${reason}. Received ${shown}`);
}

// 1234567 -> "1_234_567" (node's addNumericalSeparator)
function withSeparators(s) {
  let out = '', i = s.length;
  const start = s[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) out = `_${s.slice(i - 3, i)}${out}`;
  return `${s.slice(0, i)}${out}`;
}

function outOfRange(name, range, input) {
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) received = withSeparators(String(input));
  else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = withSeparators(received);
    received += 'n';
  } else received = inspect(input);
  return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
                       `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}

function missingArgs(...names) {
  const quoted = names.map((n) => `"${n}"`);
  let list;
  if (quoted.length === 1) list = `The ${quoted[0]} argument`;
  else if (quoted.length === 2) list = `The ${quoted[0]} and ${quoted[1]} arguments`;
  else list = `The ${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]} arguments`;
  return makeNodeError(TypeError, 'ERR_MISSING_ARGS', `${list} must be specified`);
}

function unhandledError(err) {
  return makeNodeError(Error, 'ERR_UNHANDLED_ERROR',
                       err === undefined ? 'Unhandled error.' : `Unhandled error. (${err})`);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'Function', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw invalidArgType(name, 'Object', value);
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    const range = min != null && max != null ? `>= ${min} && <= ${max}` : min != null ? `>= ${min}` : `<= ${max}`;
    throw outOfRange(name, range, value);
  }
}

module.exports = {
  makeNodeError,
  describeReceived,
  invalidArgType,
  invalidArgValue,
  outOfRange,
  missingArgs,
  unhandledError,
  validateString,
  validateFunction,
  validateObject,
  validateNumber,
};
