'use strict';
// node:string_decoder — StringDecoder turns a stream of Buffers into
// strings without splitting a character across writes: utf8 keeps the
// bytes of an unfinished sequence (a sequence that cannot become valid is
// decoded at once, with U+FFFD as Buffer's decoder gives it), utf16le an
// odd byte and a high surrogate waiting for its pair, base64/base64url
// the bytes of an unfinished 3-byte group; end() flushes what is left
// (an unfinished UTF-8 sequence as Buffer decodes it: U+FFFD per maximal
// part, as node). Like node's, the utf8 decoder waits on any lead byte
// (also E0 80 or ED A0, which cannot become valid).

const { makeNodeError, invalidArgType } = require('internal/errors');

const names = { __proto__: null, utf8: 'utf8', 'utf-8': 'utf8', ucs2: 'utf16le', 'ucs-2': 'utf16le',
  utf16le: 'utf16le', 'utf-16le': 'utf16le', latin1: 'latin1', binary: 'latin1', base64: 'base64',
  base64url: 'base64url', hex: 'hex', ascii: 'ascii' };

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  const e = names[`${enc}`.toLowerCase()];
  if (e === undefined) throw makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
  return e;
}

const kPending = Symbol('pending');

// How many bytes at the end of [b] begin a UTF-8 sequence that more
// bytes could still complete.
function utf8Incomplete(b) {
  const n = b.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const c = b[n - back];
    if ((c & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
    if (need <= back) return 0;
    return back;
  }
  return 0;
}

function toBuffer(buf) {
  if (Buffer.isBuffer(buf)) return buf;
  if (ArrayBuffer.isView(buf)) return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  throw invalidArgType('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

class StringDecoder {
  constructor(encoding) {
    this.encoding = normalizeEncoding(encoding);
    Object.defineProperty(this, kPending, { value: Buffer.alloc(0), writable: true });
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    buf = toBuffer(buf);
    let b = this[kPending].length ? Buffer.concat([this[kPending], buf]) : buf;
    let keep = 0;
    switch (this.encoding) {
      case 'utf8':
        keep = utf8Incomplete(b);
        break;
      case 'utf16le': {
        // an odd byte waits; with none, so does a final high surrogate
        keep = b.length % 2;
        if (!keep && b.length >= 2) {
          const unit = b[b.length - 2] | (b[b.length - 1] << 8);
          if (unit >= 0xd800 && unit <= 0xdbff) keep = 2;
        }
        break;
      }
      case 'base64':
      case 'base64url':
        keep = b.length % 3;
        break;
      default:
        break;
    }
    this[kPending] = keep ? Buffer.from(b.subarray(b.length - keep)) : Buffer.alloc(0);
    if (keep) b = b.subarray(0, b.length - keep);
    return b.toString(this.encoding);
  }

  end(buf) {
    let out = buf === undefined ? '' : this.write(buf);
    const rest = this[kPending];
    this[kPending] = Buffer.alloc(0);
    if (rest.length) {
      if (this.encoding === 'utf16le') out += rest.toString('utf16le', 0, rest.length - (rest.length % 2));
      else out += rest.toString(this.encoding);
    }
    return out;
  }

  // node's bookkeeping of the unfinished character, for programs that read it
  get lastNeed() {
    const p = this[kPending];
    if (!p.length) return 0;
    if (this.encoding === 'utf8') {
      const c = p[0];
      return (c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2) - p.length;
    }
    if (this.encoding === 'utf16le') return p.length % 2 ? 1 : 2;
    return 3 - p.length;
  }

  get lastTotal() {
    return this[kPending].length ? this[kPending].length + this.lastNeed : 0;
  }

  get lastChar() {
    const c = Buffer.alloc(4);
    this[kPending].copy(c);
    return c;
  }
}

module.exports = { StringDecoder };
