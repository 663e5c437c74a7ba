'use strict';
// A StringDecoder for stdlib code (stream's setEncoding and the `encoding`
// option, readline): it turns a sequence of Buffers into a string without
// splitting a character across two chunks, as node's string_decoder does.
// A multi-byte UTF-8 character, a UTF-16 code unit or surrogate pair and a
// base64 group cut at a chunk's end wait in `pending` for the next write;
// end() flushes what is left (an incomplete UTF-8 character becomes U+FFFD).

const { makeNodeError } = require('internal/errors');

function normalizeEncoding(enc) {
  const e = enc === undefined || enc === null ? 'utf8' : String(enc).toLowerCase();
  switch (e) {
    case 'utf8': case 'utf-8': case '': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'hex': case 'ascii': return e;
    default: return undefined;
  }
}

function unknownEncoding(enc) {
  return makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
}

const empty = Buffer.alloc(0);

// How many bytes at the end of [b] begin a UTF-8 character that b does not
// finish (0 when its last character is complete or invalid anyway).
function utf8Incomplete(b) {
  const n = b.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const c = b[n - back];
    if ((c & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = c >= 0xf0 && c <= 0xf7 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

class StringDecoder {
  constructor(encoding) {
    const enc = normalizeEncoding(encoding);
    if (enc === undefined) throw unknownEncoding(encoding);
    this.encoding = enc;
    this.pending = empty;
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) {
      const { invalidArgType } = require('internal/errors');
      throw invalidArgType('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    }
    let b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    if (this.pending.length > 0) b = Buffer.concat([this.pending, b]);
    let keep = 0;
    switch (this.encoding) {
      case 'utf8': keep = utf8Incomplete(b); break;
      case 'utf16le': {
        keep = b.length % 2;
        if (keep === 0 && b.length >= 2) {
          const unit = b[b.length - 2] | (b[b.length - 1] << 8);
          if (unit >= 0xd800 && unit <= 0xdbff) keep = 2;
        }
        break;
      }
      case 'base64': case 'base64url': keep = b.length % 3; break;
      default: break;
    }
    this.pending = keep > 0 ? Buffer.from(b.subarray(b.length - keep)) : empty;
    return b.toString(this.encoding, 0, b.length - keep);
  }

  end(buf) {
    let r = buf === undefined ? '' : this.write(buf);
    const rest = this.pending;
    this.pending = empty;
    if (rest.length > 0) r += this.encoding === 'utf8' ? '\ufffd' : rest.toString(this.encoding);
    return r;
  }
}

module.exports = { StringDecoder, normalizeEncoding, unknownEncoding };
