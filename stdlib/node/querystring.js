'use strict';
// node:querystring — node 20's parser and serializer of
// application/x-www-form-urlencoded-like strings. parse() splits on
// multi-character `sep` and `eq`, turns '+' into a space, decodes keys and
// values with decodeURIComponent (or options.decodeURIComponent) falling
// back, for malformed input, to a byte-wise decoder (unescapeBuffer) whose
// bytes are read as UTF-8, collects repeated keys into arrays and stops
// after options.maxKeys pairs (1000; 0 or less: no limit). stringify()
// writes strings, finite numbers, bigints and booleans (anything else as
// ''), arrays as repeated keys, and escapes with node's table (the
// characters encodeURIComponent keeps; a surrogate at the end of a string
// is a URIError).

const { makeNodeError } = require('internal/errors');

// The characters escape() keeps: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const unreserved = new Int8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") unreserved[c.charCodeAt(0)] = 1;

const hex = [];
for (let i = 0; i < 256; i++) hex.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// Percent-encodes [str] as UTF-8 except the code units [keep] marks.
function encodeWith(str, keep) {
  let out = '', last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (keep[c] === 1) continue;
      out += str.slice(last, i) + hex[c];
    } else if (c < 0x800) {
      out += str.slice(last, i) + hex[0xc0 | (c >> 6)] + hex[0x80 | (c & 0x3f)];
    } else if (c < 0xd800 || c >= 0xe000) {
      out += str.slice(last, i) + hex[0xe0 | (c >> 12)] + hex[0x80 | ((c >> 6) & 0x3f)] + hex[0x80 | (c & 0x3f)];
    } else {
      // node pairs a surrogate with whatever follows it; only one that
      // ends the string is an error
      if (i + 1 >= str.length) throw makeNodeError(URIError, 'ERR_INVALID_URI', 'URI malformed');
      const c2 = str.charCodeAt(i + 1);
      out += str.slice(last, i);
      i++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (c2 & 0x3ff));
      out += hex[0xf0 | (c >> 18)] + hex[0x80 | ((c >> 12) & 0x3f)] + hex[0x80 | ((c >> 6) & 0x3f)] + hex[0x80 | (c & 0x3f)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < str.length ? out + str.slice(last) : out;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeWith(str, unreserved);
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// The bytes of [s] with %XX sequences decoded (and '+' as a space when
// [decodeSpaces]); code units above 0xff keep only their low byte, as in node.
function unescapeBuffer(s, decodeSpaces) {
  const out = Buffer.allocUnsafe(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 && i < s.length - 2) {
      const hi = hexValue(s.charCodeAt(i + 1)), lo = hexValue(s.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[n++] = c === 43 && decodeSpaces ? 32 : c;
  }
  return n < s.length ? out.slice(0, n) : out;
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = qs.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? (v) => encodeWith(stringifyPrimitive(v), unreserved) : (v) => encode(stringifyPrimitive(v));
  if (obj === null || typeof obj !== 'object') return '';
  const keys = Object.keys(obj);
  let fields = '';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i], v = obj[k];
    const ks = convert(k) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < v.length; j++) fields += (j ? sep : '') + ks + convert(v[j]);
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v);
    }
  }
  return fields;
}

// The code units of a separator (node takes them from `sep + ''`).
function codesOf(str) {
  const codes = [];
  for (let i = 0; i < str.length; i++) codes.push(str.charCodeAt(i));
  return codes;
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return qs.unescape(s, true);
  }
}

function addPair(obj, key, value) {
  const cur = obj[key];
  if (cur === undefined) obj[key] = value;
  else if (cur.pop) cur[cur.length] = value;
  else obj[key] = [cur, value];
}

const defaultSep = [38], defaultEq = [61];

function parse(str, sep, eq, options) {
  const obj = Object.create(null);
  if (typeof str !== 'string' || str.length === 0) return obj;
  const sepCodes = sep ? codesOf(String(sep)) : defaultSep;
  const eqCodes = eq ? codesOf(String(eq)) : defaultEq;
  const sepLen = sepCodes.length, eqLen = eqCodes.length;

  let pairs = 1000;
  if (options && typeof options.maxKeys === 'number') pairs = options.maxKeys > 0 ? options.maxKeys : 0;
  let decode = qs.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const customDecode = decode !== qsUnescape;

  let last = 0, sepIdx = 0, eqIdx = 0;
  let key = '', value = '';
  let keyEncoded = customDecode, valEncoded = customDecode;
  const plusChar = customDecode ? '%20' : ' ';
  let encodeCheck = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    // the pair separator
    if (code === sepCodes[sepIdx]) {
      if (++sepIdx === sepLen) {
        const end = i - sepIdx + 1;
        if (eqIdx < eqLen) {
          if (last < end) key += str.slice(last, end);
          else if (key.length === 0) {
            // an empty pair: skipped, and it counts against maxKeys
            if (--pairs === 0) return obj;
            last = i + 1;
            sepIdx = eqIdx = 0;
            continue;
          }
        } else if (last < end) {
          value += str.slice(last, end);
        }
        addPair(obj, keyEncoded && key ? decodeStr(key, decode) : key, valEncoded && value ? decodeStr(value, decode) : value);
        if (--pairs === 0) return obj;
        keyEncoded = valEncoded = customDecode;
        key = value = '';
        encodeCheck = 0;
        last = i + 1;
        sepIdx = eqIdx = 0;
      }
      continue;
    }
    sepIdx = 0;
    // the key/value separator, once
    if (eqIdx < eqLen) {
      if (code === eqCodes[eqIdx]) {
        if (++eqIdx === eqLen) {
          const end = i - eqIdx + 1;
          if (last < end) key += str.slice(last, end);
          encodeCheck = 0;
          last = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        if (code === 37) encodeCheck = 1;
        else if (encodeCheck > 0) {
          if (hexValue(code) >= 0) {
            if (++encodeCheck === 3) keyEncoded = true;
          } else encodeCheck = 0;
        }
      }
    } else if (!valEncoded) {
      if (code === 37) encodeCheck = 1;
      else if (encodeCheck > 0) {
        if (hexValue(code) >= 0) {
          if (++encodeCheck === 3) valEncoded = true;
        } else encodeCheck = 0;
      }
    }
    if (code === 43) {
      if (eqIdx < eqLen) {
        key += str.slice(last, i) + plusChar;
        if (customDecode) keyEncoded = true;
      } else {
        value += str.slice(last, i) + plusChar;
        if (customDecode) valEncoded = true;
      }
      last = i + 1;
    }
  }
  // what follows the last separator
  if (last < str.length) {
    if (eqIdx < eqLen) key += str.slice(last);
    else if (sepIdx < sepLen) value += str.slice(last);
  } else if (eqIdx === 0 && key.length === 0) {
    return obj;
  }
  addPair(obj, keyEncoded && key ? decodeStr(key, decode) : key, valEncoded && value ? decodeStr(value, decode) : value);
  return obj;
}

const qs = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

module.exports = qs;
