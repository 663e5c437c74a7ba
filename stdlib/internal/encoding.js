'use strict';
// The WHATWG encoding API as node 20 has it: TextEncoder (UTF-8 only:
// encode, encodeInto) and TextDecoder for utf-8, utf-16le and
// windows-1252 (what the labels latin1, ascii, iso-8859-1... name), with
// `fatal`, `ignoreBOM` and `{ stream: true }` (windows-1252 decoded as
// Latin-1, as node 20 does) (a character split across
// calls waits for its remaining bytes). The globals and util.TextEncoder /
// util.TextDecoder are these classes. Other encodings (which node has
// through ICU) throw ERR_ENCODING_NOT_SUPPORTED.

const { makeNodeError, invalidArgType } = require('internal/errors');
const { inspect } = require('kiln:util');
const { isUtf8 } = require('buffer');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    const b = Buffer.from(`${input}`, 'utf8');
    return new Uint8Array(b.buffer, b.byteOffset, b.length).slice();
  }

  encodeInto(src, dest) {
    if (typeof src !== 'string') throw invalidArgType('src', 'string', src);
    if (!(dest instanceof Uint8Array)) throw invalidArgType('dest', 'Uint8Array', dest);
    let read = 0, written = 0;
    for (let i = 0; i < src.length; i++) {
      let c = src.charCodeAt(i), units = 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < src.length) {
        const d = src.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          units = 2;
        }
      }
      if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
      const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (written + n > dest.length) break;
      if (n === 1) dest[written] = c;
      else if (n === 2) {
        dest[written] = 0xc0 | (c >> 6);
        dest[written + 1] = 0x80 | (c & 0x3f);
      } else if (n === 3) {
        dest[written] = 0xe0 | (c >> 12);
        dest[written + 1] = 0x80 | ((c >> 6) & 0x3f);
        dest[written + 2] = 0x80 | (c & 0x3f);
      } else {
        dest[written] = 0xf0 | (c >> 18);
        dest[written + 1] = 0x80 | ((c >> 12) & 0x3f);
        dest[written + 2] = 0x80 | ((c >> 6) & 0x3f);
        dest[written + 3] = 0x80 | (c & 0x3f);
      }
      written += n;
      read += units;
      i += units - 1;
    }
    return { read, written };
  }

  [kInspect]() {
    return { encoding: this.encoding };
  }
}

const labels = { __proto__: null };
for (const l of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']) labels[l] = 'utf-8';
for (const l of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']) labels[l] = 'utf-16le';
for (const l of ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
  'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252'])
  labels[l] = 'windows-1252';

// How many bytes at the end of [b] begin an unfinished UTF-8 sequence.
function utf8Pending(b) {
  for (let back = 1; back <= 3 && back <= b.length; back++) {
    const c = b[b.length - back];
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
    return need > back ? back : 0;
  }
  return 0;
}

const kState = Symbol('state');

function invalidData(encoding) {
  return makeNodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', `The encoded data was not valid for encoding ${encoding}`);
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const label = `${encoding}`.trim().toLowerCase();
    const enc = labels[label];
    if (enc === undefined) throw makeNodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${encoding}" encoding is not supported`);
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function')
      throw invalidArgType('options', 'object', options);
    const o = options || {};
    this[kState] = { encoding: enc, fatal: Boolean(o.fatal), ignoreBOM: Boolean(o.ignoreBOM), pending: null, started: false };
  }

  decode(input = undefined, options = {}) {
    const st = this[kState];
    let bytes;
    if (input === undefined) bytes = Buffer.alloc(0);
    else if (ArrayBuffer.isView(input)) bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    else if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer))
      bytes = Buffer.from(input);
    else
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                          'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    const stream = Boolean(options && options.stream);
    if (st.pending) {
      bytes = Buffer.concat([st.pending, bytes]);
      st.pending = null;
    }
    let keep = 0;
    if (stream) {
      if (st.encoding === 'utf-8') keep = utf8Pending(bytes);
      else if (st.encoding === 'utf-16le') {
        keep = bytes.length % 2;
        if (!keep && bytes.length >= 2) {
          const u = bytes[bytes.length - 2] | (bytes[bytes.length - 1] << 8);
          if (u >= 0xd800 && u <= 0xdbff) keep = 2;
        }
      }
      if (keep) {
        st.pending = Buffer.from(bytes.subarray(bytes.length - keep));
        bytes = bytes.subarray(0, bytes.length - keep);
      }
    }
    let out;
    if (st.encoding === 'utf-8') {
      if (st.fatal && !isUtf8(bytes)) {
        st.pending = null;
        st.started = false;
        throw invalidData('utf-8');
      }
      out = bytes.toString('utf8');
    } else if (st.encoding === 'utf-16le') {
      if (bytes.length % 2 && st.fatal) {
        st.started = false;
        throw invalidData('utf-16le');
      }
      out = bytes.toString('utf16le', 0, bytes.length - (bytes.length % 2));
      if (bytes.length % 2) out += '\ufffd';
      if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(out)) {
        if (st.fatal) {
          st.started = false;
          throw invalidData('utf-16le');
        }
        out = out.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
      }
    } else {
      // node 20 decodes its windows-1252 as Latin-1 (0x80-0x9F as C1 controls)
      out = bytes.toString('latin1');
    }
    // a byte order mark opens the stream only once
    if (!st.started && !st.ignoreBOM && st.encoding !== 'windows-1252' && out.charCodeAt(0) === 0xfeff) out = out.slice(1);
    st.started = stream && (st.started || out.length > 0 || bytes.length > 0);
    return out;
  }

  get encoding() {
    return this[kState].encoding;
  }

  get fatal() {
    return this[kState].fatal;
  }

  get ignoreBOM() {
    return this[kState].ignoreBOM;
  }

  [kInspect](depth, opts) {
    const st = this[kState];
    return `TextDecoder ${inspect({ encoding: st.encoding, fatal: st.fatal, ignoreBOM: st.ignoreBOM }, opts)}`;
  }
}

for (const C of [TextEncoder, TextDecoder]) {
  for (const key of Object.getOwnPropertyNames(C.prototype)) {
    if (key === 'constructor') continue;
    const d = Object.getOwnPropertyDescriptor(C.prototype, key);
    d.enumerable = true;
    Object.defineProperty(C.prototype, key, d);
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

module.exports = { TextEncoder, TextDecoder };
