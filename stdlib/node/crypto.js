'use strict';
// node's crypto module over OpenSSL: the objects, argument checks,
// encodings and errors are here; the bytes go through the natives of
// 'kiln:crypto' (runtime/node/crypto.c, a library of its own that the
// driver links with libcrypto only into programs that reach this module).
//
// The asynchronous forms (randomBytes(n, cb), pbkdf2, scrypt, hkdf) compute
// at once and call back from a later turn of the loop (setImmediate), so
// their callbacks run after the calling code as node's do.

const native = require('kiln:crypto');
const { Buffer } = require('buffer');
const {
  makeNodeError, invalidArgType, invalidArgValue, outOfRange, validateString, validateFunction, validateObject,
  validateNumber,
} = require('internal/errors');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');

function cryptoError(Base, code, message) {
  return makeNodeError(Base, code, message);
}

const dataTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];
const binaryTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function isView(v) {
  return ArrayBuffer.isView(v);
}

// [data] (a string in [enc], a view or an ArrayBuffer) as something the
// natives read bytes from, or a thrown ERR_INVALID_ARG_TYPE naming [name].
function toBytes(data, enc, name, types = binaryTypes) {
  if (typeof data === 'string') return Buffer.from(data, Buffer.isEncoding(enc) ? enc : 'utf8');
  if (isView(data)) return data;
  if (types.includes('ArrayBuffer') && (data instanceof ArrayBuffer || data instanceof SharedArrayBuffer))
    return new Uint8Array(data);
  throw invalidArgType(name, types, data);
}

// A digest's bytes in [enc]: a string for a Buffer encoding, else the Buffer.
function encodeOut(buf, enc) {
  if (enc === undefined || enc === 'buffer' || !Buffer.isEncoding(enc)) return buf;
  return buf.toString(enc);
}

// ---- Hash and Hmac -----------------------------------------------------------

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  if (algorithm instanceof Hash) {
    this[kHandle] = native.hashCopy(algorithm[kHandle], options && options.outputLength);
    this[kState] = false;
    return;
  }
  validateString(algorithm, 'algorithm');
  const xof = options && options.outputLength;
  if (xof !== undefined) validateNumber(xof, 'options.outputLength', 0);
  const h = native.hashNew(algorithm, xof);
  if (h === null) throw new Error('Digest method not supported');
  this[kHandle] = h;
  this[kState] = false;
}

Hash.prototype.update = function update(data, encoding) {
  if (this[kState]) throw cryptoError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
  if (typeof data !== 'string' && !isView(data)) throw invalidArgType('data', dataTypes, data);
  native.hashUpdate(this[kHandle], toBytes(data, encoding, 'data', dataTypes));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kState]) throw cryptoError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
  this[kState] = true;
  return encodeOut(native.hashDigest(this[kHandle]), outputEncoding);
};

Hash.prototype.copy = function copy(options) {
  if (this[kState]) throw cryptoError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
  return new Hash(this, options);
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const keyTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];
  const k = toBytes(key, options && options.encoding, 'key', keyTypes);
  const h = native.hmacNew(hmac, k);
  if (h === null) throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${hmac}`);
  this[kHandle] = h;
  this[kState] = false;
}

Hmac.prototype.update = function update(data, encoding) {
  if (this[kState]) throw cryptoError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
  if (typeof data !== 'string' && !isView(data)) throw invalidArgType('data', dataTypes, data);
  native.hmacUpdate(this[kHandle], toBytes(data, encoding, 'data', dataTypes));
  return this;
};

Hmac.prototype.digest = function digest(outputEncoding) {
  // node answers an empty digest when called again
  if (this[kState]) return encodeOut(Buffer.alloc(0), outputEncoding);
  this[kState] = true;
  return encodeOut(native.hmacDigest(this[kHandle]), outputEncoding);
};

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function hash(algorithm, data, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof data !== 'string' && !isView(data)) throw invalidArgType('data', dataTypes, data);
  return new Hash(algorithm).update(data).digest(outputEncoding);
}

let hashes, ciphers;
function getHashes() {
  if (!hashes) hashes = native.getHashes();
  return hashes.slice();
}
function getCiphers() {
  if (!ciphers) ciphers = native.getCiphers();
  return ciphers.slice();
}

// ---- ciphers -----------------------------------------------------------------

// What a string decoder keeps between update() calls: base64 output is
// produced in whole 3-byte groups and UTF-8 in whole characters, as node's
// StringDecoder does.
class OutDecoder {
  constructor(enc) {
    this.enc = enc;
    this.rest = Buffer.alloc(0);
  }
  write(buf) {
    let b = this.rest.length ? Buffer.concat([this.rest, buf]) : buf;
    let keep = 0;
    const e = this.enc.toLowerCase();
    if (e === 'base64' || e === 'base64url') keep = b.length % 3;
    else if (e === 'utf8' || e === 'utf-8') keep = incompleteUtf8(b);
    else if (e === 'ucs2' || e === 'ucs-2' || e === 'utf16le' || e === 'utf-16le') keep = b.length % 2;
    this.rest = Buffer.from(b.subarray(b.length - keep));
    return b.subarray(0, b.length - keep).toString(this.enc);
  }
  end(buf) {
    const b = this.rest.length ? Buffer.concat([this.rest, buf]) : buf;
    this.rest = Buffer.alloc(0);
    return b.toString(this.enc);
  }
}

function incompleteUtf8(b) {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k];
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}

const keyTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];
const validTagLengths = [4, 8, 12, 13, 14, 15, 16];

function initCipher(self, cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  const k = toBytes(key, options && options.encoding, 'key', keyTypes);
  if (iv !== null) iv = toBytes(iv, options && options.encoding, 'iv', binaryTypes);
  let tagLen = options && options.authTagLength;
  if (tagLen !== undefined) {
    if (!Number.isInteger(tagLen) || !validTagLengths.includes(tagLen))
      throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${tagLen}`);
  }
  const h = native.cipherNew(cipher, k, iv, encrypt, tagLen === undefined ? 16 : tagLen);
  if (h === -1) throw cryptoError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  if (h === -2) throw cryptoError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  if (h === -3) throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
  self[kHandle] = h;
  self[kState] = 0; // 0 open, 1 final called
  self._decoder = null;
  self._tagLen = tagLen;
  self._aead = /-(gcm|ccm|ocb)$/i.test(cipher) || /chacha20-poly1305/i.test(cipher);
}

function cipherUpdate(data, inputEncoding, outputEncoding) {
  if (this[kState]) throw new Error('Trying to add data in unsupported state');
  if (typeof data !== 'string' && !isView(data)) throw invalidArgType('data', dataTypes, data);
  const out = native.cipherUpdate(this[kHandle], toBytes(data, inputEncoding, 'data', dataTypes));
  if (outputEncoding && outputEncoding !== 'buffer' && Buffer.isEncoding(outputEncoding)) {
    if (!this._decoder || this._decoder.enc !== outputEncoding) this._decoder = new OutDecoder(outputEncoding);
    return this._decoder.write(out);
  }
  return out;
}

function cipherFinal(outputEncoding) {
  if (this[kState]) throw cryptoError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
  this[kState] = 1;
  const out = native.cipherFinal(this[kHandle]);
  if (outputEncoding && outputEncoding !== 'buffer' && Buffer.isEncoding(outputEncoding)) {
    if (!this._decoder || this._decoder.enc !== outputEncoding) this._decoder = new OutDecoder(outputEncoding);
    return this._decoder.end(out);
  }
  return out;
}

function cipherSetAutoPadding(ap = true) {
  if (this[kState] || !native.cipherSetAutoPadding(this[kHandle], !!ap))
    throw cryptoError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation setAutoPadding');
  return this;
}

function cipherSetAAD(buffer, options) {
  const b = toBytes(buffer, undefined, 'buffer', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
  if (this[kState] || !native.cipherSetAAD(this[kHandle], b))
    throw cryptoError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation setAAD');
  return this;
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, true);
}
Cipheriv.prototype.update = cipherUpdate;
Cipheriv.prototype.final = cipherFinal;
Cipheriv.prototype.setAutoPadding = cipherSetAutoPadding;
Cipheriv.prototype.setAAD = cipherSetAAD;
Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const tag = this[kState] ? native.cipherGetAuthTag(this[kHandle]) : undefined;
  if (tag === undefined) throw cryptoError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation getAuthTag');
  return tag;
};

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, false);
}
Decipheriv.prototype.update = cipherUpdate;
Decipheriv.prototype.final = cipherFinal;
Decipheriv.prototype.setAutoPadding = cipherSetAutoPadding;
Decipheriv.prototype.setAAD = cipherSetAAD;
Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  const tag = toBytes(tagbuf, encoding, 'buffer', binaryTypes);
  if (this[kState] || !this._aead)
    throw cryptoError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation setAuthTag');
  const n = tag.byteLength;
  if (!validTagLengths.includes(n) || (this._tagLen !== undefined && this._tagLen !== n))
    throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${n}`);
  if (!native.cipherSetAuthTag(this[kHandle], tag))
    throw cryptoError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation setAuthTag');
  return this;
};

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

// ---- randomness --------------------------------------------------------------

const kMaxLength = 2 ** 31 - 1;

function validateSize(size, name = 'size') {
  if (typeof size !== 'number') throw invalidArgType(name, 'number', size);
  if (!(size >= 0 && size <= kMaxLength)) throw outOfRange(name, `>= 0 && <= ${kMaxLength}`, size);
}

function later(fn, ...args) {
  setImmediate(() => fn(...args));
}

function randomBytes(size, callback) {
  validateSize(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.alloc(Math.floor(size));
  native.randomFill(buf);
  if (callback === undefined) return buf;
  later(callback, null, buf);
}

function randomFillSync(buf, offset = 0, size) {
  if (!isView(buf) && !(buf instanceof ArrayBuffer))
    throw invalidArgType('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  const bytes = buf instanceof ArrayBuffer ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const elt = isView(buf) && buf.BYTES_PER_ELEMENT ? buf.BYTES_PER_ELEMENT : 1;
  validateNumber(offset, 'offset', 0, bytes.length);
  const start = offset * elt;
  if (size === undefined) size = bytes.length - start;
  else validateNumber(size, 'size', 0, bytes.length - start);
  native.randomFill(bytes.subarray(start, start + size * (size === bytes.length - start ? 1 : elt)));
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') [offset, size, callback] = [0, undefined, offset];
  else if (typeof size === 'function') [size, callback] = [undefined, size];
  validateFunction(callback, 'callback');
  randomFillSync(buf, offset, size);
  later(callback, null, buf);
}

const kRandomIntMax = 2 ** 48 - 1;

function randomInt(min, max, callback) {
  if (typeof max === 'undefined' || typeof max === 'function') {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
  if (max <= min)
    throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
                        `The value of "max" is out of range. It must be greater than the value of "min" (${min}). Received ${max}`);
  const range = max - min;
  if (!(range <= kRandomIntMax))
    throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
                        `The value of "max - min" is out of range. It must be <= ${kRandomIntMax}. Received ${range}`);
  // rejection sampling over 48 random bits, as node does
  const randLimit = kRandomIntMax + 1 - ((kRandomIntMax + 1) % range);
  const b = Buffer.alloc(6);
  let n;
  do {
    native.randomFill(b);
    n = b.readUIntBE(0, 6);
  } while (n >= randLimit);
  const r = min + (n % range);
  if (callback === undefined) return r;
  later(callback, undefined, r);
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const b = Buffer.alloc(16);
  native.randomFill(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function getRandomValues(data) {
  const intTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
                    BigInt64Array, BigUint64Array];
  if (!isView(data) || data instanceof DataView || !intTypes.some((T) => data instanceof T)) {
    const e = new TypeError('The data argument must be an integer-type TypedArray');
    e.name = 'TypeMismatchError';
    e.code = 17;
    throw e;
  }
  if (data.byteLength > 65536) {
    const e = new RangeError(
      `The ArrayBufferView's byte length (${data.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`);
    e.name = 'QuotaExceededError';
    e.code = 22;
    throw e;
  }
  native.randomFill(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return data;
}

function timingSafeEqual(buf1, buf2) {
  const a = buf1 instanceof ArrayBuffer ? new Uint8Array(buf1) : buf1;
  const b = buf2 instanceof ArrayBuffer ? new Uint8Array(buf2) : buf2;
  if (!isView(a)) throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                                      'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  if (!isView(b)) throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                                      'The "buf2" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  if (a.byteLength !== b.byteLength)
    throw makeNodeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  let d = 0;
  for (let i = 0; i < x.length; i++) d |= x[i] ^ y[i];
  return d === 0;
}

// ---- key derivation ----------------------------------------------------------

function validateInt32(v, name, min, max = 2147483647) {
  if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
  if (!Number.isInteger(v))
    throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
                        `The value of "${name}" is out of range. It must be an integer. Received ${v}`);
  if (v < min || v > max) throw outOfRange(name, `>= ${min} && <= ${max}`, v);
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const p = toBytes(password, undefined, 'password');
  const s = toBytes(salt, undefined, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  validateString(digest, 'digest');
  const out = native.pbkdf2(p, s, iterations, keylen, digest);
  if (out === null) throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
  return out;
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') [digest, callback] = [undefined, digest];
  validateFunction(callback, 'callback');
  const out = pbkdf2Sync(password, salt, iterations, keylen, digest);
  later(callback, null, out);
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptSync(password, salt, keylen, options) {
  const pw = toBytes(password, undefined, 'password');
  const s = toBytes(salt, undefined, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== null) {
    const pick = (a, b, name) => {
      const v = options[a] !== undefined ? options[a] : options[b];
      if (options[a] !== undefined && options[b] !== undefined)
        throw makeNodeError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
                            `Option "${a}" cannot be used in combination with option "${b}"`);
      if (v !== undefined) validateInt32(v, name, 0, name === 'maxmem' ? Number.MAX_SAFE_INTEGER : 2147483647);
      return v;
    };
    N = pick('N', 'cost', 'N') ?? N;
    r = pick('r', 'blockSize', 'r') ?? r;
    p = pick('p', 'parallelization', 'p') ?? p;
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateNumber(maxmem, 'maxmem', 0);
    }
  }
  const out = native.scrypt(pw, s, keylen, N, r, p, maxmem);
  if (out === false) throw makeNodeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
  return out;
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') [options, callback] = [undefined, options];
  validateFunction(callback, 'callback');
  const out = scryptSync(password, salt, keylen, options);
  later(callback, null, out);
}

function hkdfSync(digest, ikm, salt, info, keylen) {
  validateString(digest, 'digest');
  const k = toBytes(ikm, undefined, 'ikm', keyTypes);
  const s = toBytes(salt, undefined, 'salt');
  const i = toBytes(info, undefined, 'info');
  validateInt32(keylen, 'length', 0);
  if (i.byteLength > 1024)
    throw outOfRange('info', 'must not contain more than 1024 bytes', i.byteLength);
  const out = native.hkdf(digest, k, s, i, keylen);
  if (out === null) throw cryptoError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
  validateFunction(callback, 'callback');
  const out = hkdfSync(digest, ikm, salt, info, keylen);
  later(callback, null, out);
}

// ---- webcrypto ---------------------------------------------------------------

const subtleDigests = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

const subtle = {
  digest(algorithm, data) {
    return new Promise((resolve, reject) => {
      const name = typeof algorithm === 'string' ? algorithm : algorithm && algorithm.name;
      const alg = typeof name === 'string' && subtleDigests[name.toUpperCase()];
      if (!alg) {
        const e = new Error('Unrecognized algorithm name');
        e.name = 'NotSupportedError';
        reject(e);
        return;
      }
      const bytes = toBytes(data, undefined, 'data', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
      const out = new Hash(alg).update(bytes).digest();
      resolve(out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength));
    });
  },
};

const webcrypto = {
  getRandomValues,
  randomUUID,
  subtle,
};
Object.defineProperty(webcrypto, Symbol.toStringTag, { value: 'Crypto', configurable: true });
Object.defineProperty(subtle, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

const constants = {
  OPENSSL_VERSION_NUMBER: 0x30000000,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_PKCS1_PSS_PADDING: 6,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
};

module.exports = {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  getCiphers,
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  timingSafeEqual,
  hash,
  Cipheriv,
  Decipheriv,
  Hash,
  Hmac,
  constants,
  webcrypto,
  subtle,
  getRandomValues: (data) => getRandomValues(data),
};
