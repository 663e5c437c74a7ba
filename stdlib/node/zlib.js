'use strict';
// node's zlib module over zlib: option checks, constants and the function
// forms are here; the bytes go through 'kiln:zlib' (runtime/node/zlib.c, a
// library of its own that the driver links with libz only into programs
// that reach this module). The callback forms run on libuv's threadpool.
//
// Not yet: the stream classes (createGzip & co.) and brotli.

const native = require('kiln:zlib');
const { Buffer } = require('buffer');
const { makeNodeError, invalidArgType, validateFunction } = require('internal/errors');

const constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  ZLIB_VERNUM: native.vernum,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
};
Object.freeze(constants);

// zlib's codes by name and number, as zlib.codes
const codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const k of Object.keys(codes)) codes[codes[k]] = k;
Object.freeze(codes);

const inputTypes = ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'];

function toInput(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return buffer;
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  throw invalidArgType('buffer', inputTypes, buffer);
}

// An option that must be a finite number in [lower, upper] (or absent).
function checkRange(opts, key, lower, upper, dflt) {
  const v = opts[key];
  if (v === undefined || (typeof v === 'number' && Number.isNaN(v))) return dflt;
  if (typeof v !== 'number') throw invalidArgType(`options.${key}`, 'number', v);
  if (!Number.isFinite(v) || v < lower || v > upper) {
    throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
                        `The value of "options.${key}" is out of range. It must be >= ${lower} and <= ${upper}. Received ${v}`);
  }
  return v;
}

// The native's option vector for [mode] from the user's [opts].
function nativeOptions(mode, opts) {
  if (opts === undefined || opts === null) opts = {};
  else if (typeof opts !== 'object') throw invalidArgType('options', 'Object', opts);
  const inflating = mode === constants.INFLATE || mode === constants.GUNZIP || mode === constants.INFLATERAW ||
    mode === constants.UNZIP;
  const finishFlush = checkRange(opts, 'finishFlush', 0, 5, constants.Z_FINISH);
  let windowBits = opts.windowBits;
  if (inflating && windowBits === 0) windowBits = 0;
  else windowBits = checkRange(opts, 'windowBits', 8, 15, 15);
  // raw deflate refuses 8; node asks for 9, as zlib does
  if (mode === constants.DEFLATERAW && windowBits === 8) windowBits = 9;
  const level = checkRange(opts, 'level', -1, 9, -1);
  const memLevel = checkRange(opts, 'memLevel', 1, 9, 8);
  const strategy = checkRange(opts, 'strategy', 0, 4, 0);
  let dictionary;
  if (opts.dictionary !== undefined) {
    const d = opts.dictionary;
    if (d instanceof ArrayBuffer) dictionary = new Uint8Array(d);
    else if (ArrayBuffer.isView(d)) dictionary = d;
    else throw invalidArgType('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], d);
  }
  let maxOutputLength = 0;
  if (opts.maxOutputLength !== undefined) maxOutputLength = checkRange(opts, 'maxOutputLength', 1, 2 ** 32, 0);
  return [level, windowBits, memLevel, strategy, dictionary, finishFlush, maxOutputLength];
}

// node's function objects are all named syncBufferWrapper (and
// asyncBufferWrapper), which stack traces show
function syncForm(mode) {
  const f = function (buffer, opts) {
    const input = toInput(buffer);
    const o = nativeOptions(mode, opts);
    const out = native.process(mode, input, o);
    if (opts && opts.info) return { buffer: out, engine: undefined };
    return out;
  };
  Object.defineProperty(f, 'name', { value: 'syncBufferWrapper' });
  return f;
}

function callbackForm(mode) {
  const f = function (buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    validateFunction(callback, 'callback');
    const input = toInput(buffer);
    const o = nativeOptions(mode, opts);
    native.processAsync(mode, input, o, callback);
  };
  Object.defineProperty(f, 'name', { value: 'asyncBufferWrapper' });
  return f;
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data))
    throw invalidArgType('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  if (typeof value !== 'number') throw invalidArgType('value', 'number', value);
  if (!Number.isInteger(value) || value < 0 || value > 2 ** 32 - 1)
    throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
                        `The value of "value" is out of range. It must be >= 0 and <= 4294967295. Received ${value}`);
  return native.crc32(typeof data === 'string' ? Buffer.from(data) : data, value);
}

const C = constants;
module.exports = {
  crc32,
  deflate: callbackForm(C.DEFLATE),
  deflateSync: syncForm(C.DEFLATE),
  gzip: callbackForm(C.GZIP),
  gzipSync: syncForm(C.GZIP),
  deflateRaw: callbackForm(C.DEFLATERAW),
  deflateRawSync: syncForm(C.DEFLATERAW),
  unzip: callbackForm(C.UNZIP),
  unzipSync: syncForm(C.UNZIP),
  inflate: callbackForm(C.INFLATE),
  inflateSync: syncForm(C.INFLATE),
  gunzip: callbackForm(C.GUNZIP),
  gunzipSync: syncForm(C.GUNZIP),
  inflateRaw: callbackForm(C.INFLATERAW),
  inflateRawSync: syncForm(C.INFLATERAW),
  constants,
  codes,
};

// node's legacy aliases: zlib.Z_NO_FLUSH and friends, non-enumerable
for (const k of Object.keys(constants)) {
  if (k.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, k, { value: constants[k], enumerable: false, writable: false });
}
