'use strict';
// node:url — the WHATWG URL standard's URL and URLSearchParams (also the
// globals: runtime/node/natives.c loads this module when a program names
// them), fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII,
// domainToUnicode, format, and the legacy url.parse/url.resolve
// (stdlib/internal/url_legacy.js).
//
// The parser is the standard's state machine ("basic URL parser") over
// the input's code points, with its state overrides for the setters. A
// URL record keeps the standard's components: scheme, username, password,
// host (null, or the serialized host: '' for an empty host, '[…]' for
// IPv6), port (null or a number), path (an array of segments, or a string
// for an opaque path), query and fragment (null or a string).
//
// Hosts: IPv4 (with node's hex and octal parts) and IPv6 are parsed and
// serialized as the standard says. For domains the standard asks for
// UTS #46 processing; this file lowercases, maps the ideographic and
// fullwidth full stops and fullwidth ASCII, drops the soft hyphen and
// Punycode-encodes non-ASCII labels (RFC 3492), without the Unicode
// mapping table or NFC normalisation (a gap: most lowercase non-ASCII
// hosts come out as node's, uppercase or compatibility forms may not).

const { makeNodeError, invalidArgType, missingArgs, validateFunction } = require('internal/errors');
const { inspect } = require('kiln:util');
const punycode = require('internal/punycode');

const kEOF = undefined;

// ---- percent-encoding --------------------------------------------------------

// A percent-encode set as a table of the ASCII code points it holds (every
// code point above U+007E is in each set).
function encodeSet(base, extra) {
  const t = new Uint8Array(128);
  if (base) t.set(base);
  else for (let i = 0; i < 0x20; i++) t[i] = 1;
  t[0x7f] = 1;
  for (const ch of extra) t[ch.charCodeAt(0)] = 1;
  return t;
}
const C0_SET = encodeSet(null, '');
const FRAGMENT_SET = encodeSet(C0_SET, ' "<>`');
const QUERY_SET = encodeSet(C0_SET, ' "#<>');
const SPECIAL_QUERY_SET = encodeSet(QUERY_SET, "'");
const PATH_SET = encodeSet(QUERY_SET, '?`{}');
const USERINFO_SET = encodeSet(PATH_SET, '/:;=@[\\]|');
const FORM_SET = encodeSet(USERINFO_SET, "$%&+,!'()~");

const hexByte = [];
for (let i = 0; i < 256; i++) hexByte.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// [s] (a USV string) percent-encoded as UTF-8 where [set] says.
function percentEncode(s, set, spaceAsPlus) {
  let out = '', last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (set[c] === 0) continue;
      out += s.slice(last, i) + (spaceAsPlus && c === 0x20 ? '+' : hexByte[c]);
    } else if (c < 0x800) {
      out += s.slice(last, i) + hexByte[0xc0 | (c >> 6)] + hexByte[0x80 | (c & 0x3f)];
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const cp = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(i + 1) - 0xdc00);
      out += s.slice(last, i) + hexByte[0xf0 | (cp >> 18)] + hexByte[0x80 | ((cp >> 12) & 0x3f)] +
             hexByte[0x80 | ((cp >> 6) & 0x3f)] + hexByte[0x80 | (cp & 0x3f)];
      i++;
    } else {
      out += s.slice(last, i) + hexByte[0xe0 | (c >> 12)] + hexByte[0x80 | ((c >> 6) & 0x3f)] + hexByte[0x80 | (c & 0x3f)];
    }
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// The bytes of [s] (as UTF-8) with its %XX sequences decoded, read back as
// UTF-8 with U+FFFD for invalid sequences.
function percentDecode(s) {
  if (!s.includes('%')) return s;
  const bytes = Buffer.from(s, 'utf8');
  const out = Buffer.allocUnsafe(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 37 && i + 2 < bytes.length) {
      const hi = hexValue(bytes[i + 1]), lo = hexValue(bytes[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[n++] = b;
  }
  return out.toString('utf8', 0, n);
}

// A USV string: lone surrogates become U+FFFD.
function toUSVString(v) {
  const s = `${v}`;
  return s.toWellFormed ? s.toWellFormed() : s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

// ---- hosts ---------------------------------------------------------------------

const specialPorts = { __proto__: null, 'ftp:': 21, 'file:': null, 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };
const isSpecialScheme = (scheme) => `${scheme}:` in specialPorts;
const defaultPort = (scheme) => specialPorts[`${scheme}:`] ?? null;

const forbiddenHost = new Set(['\0', '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|']);
function isForbiddenDomainChar(ch) {
  const c = ch.charCodeAt(0);
  return forbiddenHost.has(ch) || c <= 0x1f || ch === '%' || c === 0x7f;
}

const FAILURE = null;

// An IPv4 part: decimal, 0x hex or 0 octal; NaN when invalid.
function parseIPv4Number(s) {
  if (s === '') return NaN;
  let radix = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) {
    s = s.slice(2);
    radix = 16;
  } else if (s.length >= 2 && s[0] === '0') {
    s = s.slice(1);
    radix = 8;
  }
  if (s === '') return 0;
  const re = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!re.test(s)) return NaN;
  return parseInt(s, radix);
}

function endsInANumber(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

function parseIPv4(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return FAILURE;
  const numbers = [];
  for (const p of parts) {
    const n = parseIPv4Number(p);
    if (Number.isNaN(n)) return FAILURE;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return FAILURE;
  if (numbers[numbers.length - 1] >= 256 ** (5 - numbers.length)) return FAILURE;
  let ipv4 = numbers[numbers.length - 1];
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(ipv4 % 256));
    ipv4 = Math.floor(ipv4 / 256);
  }
  return out.join('.');
}

function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0, compress = null, p = 0;
  const at = (i) => input[i];
  const isDigit = (ch) => ch !== undefined && ch >= '0' && ch <= '9';
  if (at(p) === ':') {
    if (at(p + 1) !== ':') return FAILURE;
    p += 2;
    compress = ++pieceIndex;
  }
  while (at(p) !== kEOF) {
    if (pieceIndex === 8) return FAILURE;
    if (at(p) === ':') {
      if (compress !== null) return FAILURE;
      p++;
      compress = ++pieceIndex;
      continue;
    }
    let value = 0, length = 0;
    while (length < 4 && at(p) !== kEOF && hexValue(at(p).charCodeAt(0)) >= 0) {
      value = value * 16 + hexValue(at(p).charCodeAt(0));
      p++;
      length++;
    }
    if (at(p) === '.') {
      if (length === 0) return FAILURE;
      p -= length;
      if (pieceIndex > 6) return FAILURE;
      let numbersSeen = 0;
      while (at(p) !== kEOF) {
        let piece = null;
        if (numbersSeen > 0) {
          if (at(p) === '.' && numbersSeen < 4) p++;
          else return FAILURE;
        }
        if (!isDigit(at(p))) return FAILURE;
        while (isDigit(at(p))) {
          const n = at(p).charCodeAt(0) - 48;
          if (piece === null) piece = n;
          else if (piece === 0) return FAILURE;
          else piece = piece * 10 + n;
          if (piece > 255) return FAILURE;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return FAILURE;
      break;
    } else if (at(p) === ':') {
      p++;
      if (at(p) === kEOF) return FAILURE;
    } else if (at(p) !== kEOF) {
      return FAILURE;
    }
    address[pieceIndex++] = value;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return FAILURE;
  }
  return address;
}

function serializeIPv6(address) {
  // the first longest run of two or more zero pieces is compressed
  let compress = -1, best = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > best) {
      best = j - i;
      compress = i;
    }
    i = j === i ? i + 1 : j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === compress) {
      out += i === 0 ? '::' : ':';
      i += best - 1;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// domain to ASCII, without UTS #46's mapping table (see the top).
function domainToASCIIInternal(domain) {
  let s = domain;
  if (/[^\x00-\x7f]/.test(s)) {
    s = s.replace(/[\u3002\uff0e\uff61]/g, '.').replace(/[\u00ad\u200b\u2060\ufeff\u034f\u180b-\u180d\ufe00-\ufe0f]/g, '');
    s = s.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
    s = s.toLowerCase();
    const labels = s.split('.');
    for (let i = 0; i < labels.length; i++) {
      if (!/[^\x00-\x7f]/.test(labels[i])) continue;
      if (labels[i].startsWith('xn--')) return FAILURE;
      labels[i] = `xn--${punycode.encode(labels[i])}`;
    }
    s = labels.join('.');
    if (s === '') return FAILURE;
  } else {
    s = s.toLowerCase();
  }
  for (const label of s.split('.')) {
    if (label.startsWith('xn--')) {
      const decoded = punycode.decode(label.slice(4));
      if (decoded === null || decoded === '' || /[\x80-\x9f]/.test(decoded)) return FAILURE;
    }
  }
  return s;
}

function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return FAILURE;
    const a = parseIPv6(input.slice(1, -1));
    return a === FAILURE ? FAILURE : `[${serializeIPv6(a)}]`;
  }
  if (isOpaque) {
    for (const ch of input) if (ch !== '%' && forbiddenHost.has(ch)) return FAILURE;
    return percentEncode(input, C0_SET);
  }
  const domain = percentDecode(input);
  const ascii = domainToASCIIInternal(domain);
  if (ascii === FAILURE || ascii === '') return FAILURE;
  for (const ch of ascii) if (isForbiddenDomainChar(ch)) return FAILURE;
  if (endsInANumber(ascii)) return parseIPv4(ascii);
  return ascii;
}

// ---- the basic URL parser --------------------------------------------------

const isAlpha = (ch) => ch !== kEOF && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
const isDigitCh = (ch) => ch !== kEOF && ch >= '0' && ch <= '9';
const isWindowsDriveLetter = (s) => s.length === 2 && isAlpha(s[0]) && (s[1] === ':' || s[1] === '|');
const isNormalizedDriveLetter = (s) => s.length === 2 && isAlpha(s[0]) && s[1] === ':';
function startsWithDriveLetter(cps, p) {
  if (cps.length - p < 2 || !isAlpha(cps[p]) || (cps[p + 1] !== ':' && cps[p + 1] !== '|')) return false;
  if (cps.length - p === 2) return true;
  const t = cps[p + 2];
  return t === '/' || t === '\\' || t === '?' || t === '#';
}
const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
const isDoubleDot = (s) => {
  const l = s.toLowerCase();
  return l === '..' || l === '.%2e' || l === '%2e.' || l === '%2e%2e';
};

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
}

function cloneRecord(r) {
  return { ...r, path: Array.isArray(r.path) ? r.path.slice() : r.path };
}

const hasOpaquePath = (url) => typeof url.path === 'string';

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isNormalizedDriveLetter(path[0])) return;
  path.pop();
}

// Parses [input] against [base] (a record or null), or, with
// [stateOverride], into [url]. A new record, or FAILURE; with an override,
// the record or FAILURE (a setter then leaves the URL as it was: the
// caller passes a copy).
function basicParse(input, base, url, stateOverride) {
  if (!url) {
    url = newRecord();
    input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  const cps = Array.from(input);
  let state = stateOverride || 'scheme start';
  let buffer = '';
  let atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
  const special = () => isSpecialScheme(url.scheme);
  // c is kEOF at cps.length, which a state may see more than once
  for (let p = 0; p <= cps.length; p++) {
    const c = cps[p];
    switch (state) {
      case 'scheme start':
        if (isAlpha(c)) {
          buffer += c.toLowerCase();
          state = 'scheme';
        } else if (!stateOverride) {
          state = 'no scheme';
          p--;
        } else {
          return FAILURE;
        }
        break;
      case 'scheme':
        if (c !== kEOF && (isAlpha(c) || isDigitCh(c) || c === '+' || c === '-' || c === '.')) {
          buffer += c.toLowerCase();
        } else if (c === ':') {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return url;
            if ((url.username !== '' || url.password !== '' || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = 'file';
          } else if (special() && base && base.scheme === url.scheme) {
            state = 'special relative or authority';
          } else if (special()) {
            state = 'special authority slashes';
          } else if (cps[p + 1] === '/') {
            state = 'path or authority';
            p++;
          } else {
            url.path = '';
            state = 'opaque path';
          }
        } else if (!stateOverride) {
          buffer = '';
          state = 'no scheme';
          p = -1;
        } else {
          return FAILURE;
        }
        break;
      case 'no scheme':
        if (!base || (hasOpaquePath(base) && c !== '#')) return FAILURE;
        if (hasOpaquePath(base) && c === '#') {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = 'fragment';
        } else if (base.scheme !== 'file') {
          state = 'relative';
          p--;
        } else {
          state = 'file';
          p--;
        }
        break;
      case 'special relative or authority':
        if (c === '/' && cps[p + 1] === '/') {
          state = 'special authority ignore slashes';
          p++;
        } else {
          state = 'relative';
          p--;
        }
        break;
      case 'path or authority':
        if (c === '/') state = 'authority';
        else {
          state = 'path';
          p--;
        }
        break;
      case 'relative':
        url.scheme = base.scheme;
        if (c === '/' || (special() && c === '\\')) {
          state = 'relative slash';
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = 'query';
          } else if (c === '#') {
            url.fragment = '';
            state = 'fragment';
          } else if (c !== kEOF) {
            url.query = null;
            shortenPath(url);
            state = 'path';
            p--;
          }
        }
        break;
      case 'relative slash':
        if (special() && (c === '/' || c === '\\')) {
          state = 'special authority ignore slashes';
        } else if (c === '/') {
          state = 'authority';
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = 'path';
          p--;
        }
        break;
      case 'special authority slashes':
        if (c === '/' && cps[p + 1] === '/') {
          state = 'special authority ignore slashes';
          p++;
        } else {
          state = 'special authority ignore slashes';
          p--;
        }
        break;
      case 'special authority ignore slashes':
        if (c !== '/' && c !== '\\') {
          state = 'authority';
          p--;
        }
        break;
      case 'authority':
        if (c === '@') {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          for (const ch of buffer) {
            if (ch === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const enc = percentEncode(ch, USERINFO_SET);
            if (passwordTokenSeen) url.password += enc;
            else url.username += enc;
          }
          buffer = '';
        } else if (c === kEOF || c === '/' || c === '?' || c === '#' || (special() && c === '\\')) {
          if (atSignSeen && buffer === '') return FAILURE;
          p -= Array.from(buffer).length + 1;
          buffer = '';
          state = 'host';
        } else {
          buffer += c;
        }
        break;
      case 'host':
      case 'hostname':
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = 'file host';
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') return FAILURE;
          if (stateOverride === 'hostname') return FAILURE;
          const host = parseHost(buffer, !special());
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = '';
          state = 'port';
        } else if (c === kEOF || c === '/' || c === '?' || c === '#' || (special() && c === '\\')) {
          p--;
          if (special() && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' && (url.username !== '' || url.password !== '' || url.port !== null))
            return FAILURE;
          const host = parseHost(buffer, !special());
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = '';
          state = 'path start';
          if (stateOverride) return url;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += c;
        }
        break;
      case 'port':
        if (isDigitCh(c)) {
          buffer += c;
        } else if (c === kEOF || c === '/' || c === '?' || c === '#' || (special() && c === '\\') || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return FAILURE;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = 'path start';
          p--;
        } else {
          return FAILURE;
        }
        break;
      case 'file':
        url.scheme = 'file';
        url.host = '';
        if (c === '/' || c === '\\') {
          state = 'file slash';
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = 'query';
          } else if (c === '#') {
            url.fragment = '';
            state = 'fragment';
          } else if (c !== kEOF) {
            url.query = null;
            if (!startsWithDriveLetter(cps, p)) shortenPath(url);
            else url.path = [];
            state = 'path';
            p--;
          }
        } else {
          state = 'path';
          p--;
        }
        break;
      case 'file slash':
        if (c === '/' || c === '\\') {
          state = 'file host';
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithDriveLetter(cps, p) && base.path.length > 0 && isNormalizedDriveLetter(base.path[0]))
              url.path.push(base.path[0]);
          }
          state = 'path';
          p--;
        }
        break;
      case 'file host':
        if (c === kEOF || c === '/' || c === '\\' || c === '?' || c === '#') {
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = 'path';
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = 'path start';
          } else {
            let host = parseHost(buffer, !special());
            if (host === FAILURE) return FAILURE;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = 'path start';
          }
        } else {
          buffer += c;
        }
        break;
      case 'path start':
        if (special()) {
          state = 'path';
          if (c !== '/' && c !== '\\') p--;
        } else if (!stateOverride && c === '?') {
          url.query = '';
          state = 'query';
        } else if (!stateOverride && c === '#') {
          url.fragment = '';
          state = 'fragment';
        } else if (c !== kEOF) {
          state = 'path';
          if (c !== '/') p--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;
      case 'path':
        if (c === kEOF || c === '/' || (special() && c === '\\') || (!stateOverride && (c === '?' || c === '#'))) {
          const slash = c === '/' || (special() && c === '\\');
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer))
              buffer = `${buffer[0]}:`;
            url.path.push(buffer);
          }
          buffer = '';
          if (c === '?') {
            url.query = '';
            state = 'query';
          } else if (c === '#') {
            url.fragment = '';
            state = 'fragment';
          }
        } else {
          buffer += percentEncode(c, PATH_SET);
        }
        break;
      case 'opaque path':
        if (c === '?') {
          url.query = '';
          state = 'query';
        } else if (c === '#') {
          url.fragment = '';
          state = 'fragment';
        } else if (c !== kEOF) {
          url.path += percentEncode(c, C0_SET);
        }
        break;
      case 'query':
        if ((!stateOverride && c === '#') || c === kEOF) {
          url.query += percentEncode(buffer, special() ? SPECIAL_QUERY_SET : QUERY_SET);
          buffer = '';
          if (c === '#') {
            url.fragment = '';
            state = 'fragment';
          }
        } else {
          buffer += c;
        }
        break;
      case 'fragment':
        if (c !== kEOF) url.fragment += percentEncode(c, FRAGMENT_SET);
        break;
    }
  }
  return url;
}

function serializePath(url) {
  if (hasOpaquePath(url)) return url.path;
  let out = '';
  for (const seg of url.path) out += `/${seg}`;
  return out;
}

function serializeURL(url, excludeFragment) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (!hasOpaquePath(url) && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = basicParse(serializePath(url), null);
      if (inner && (inner.scheme === 'http' || inner.scheme === 'https')) return serializeOrigin(inner);
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${url.scheme}://${url.host}${url.port !== null ? `:${url.port}` : ''}`;
    default:
      return 'null';
  }
}

const cannotHaveCredentialsOrPort = (url) => url.host === null || url.host === '' || url.scheme === 'file';

// ---- URLSearchParams ---------------------------------------------------------

// application/x-www-form-urlencoded parsing into [list] (name, value, ...).
function parseParams(s) {
  const list = [];
  for (const seq of s.split('&')) {
    if (seq === '') continue;
    const eq = seq.indexOf('=');
    const name = eq < 0 ? seq : seq.slice(0, eq);
    const value = eq < 0 ? '' : seq.slice(eq + 1);
    list.push(percentDecode(name.replace(/\+/g, ' ')), percentDecode(value.replace(/\+/g, ' ')));
  }
  return list;
}

function serializeParams(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i) out += '&';
    out += `${percentEncode(list[i], FORM_SET, true)}=${percentEncode(list[i + 1], FORM_SET, true)}`;
  }
  return out;
}

const kList = Symbol('query');
const kURL = Symbol('context');
const kRecord = Symbol('record');

function invalidThis(type) {
  return makeNodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function checkParams(self) {
  if (self === null || typeof self !== 'object' || !(kList in self)) throw invalidThis('URLSearchParams');
}

// The owning URL's query after a change of its URLSearchParams.
function updateURL(params) {
  const url = params[kURL];
  if (!url) return;
  const s = serializeParams(params[kList]);
  url[kRecord].query = s === '' ? null : s;
  if (s === '') stripTrailingSpaces(url[kRecord]);
}

function stripTrailingSpaces(r) {
  if (!hasOpaquePath(r) || r.fragment !== null || r.query !== null) return;
  r.path = r.path.replace(/ +$/, '');
}

class URLSearchParams {
  constructor(init = undefined) {
    this[kList] = [];
    this[kURL] = null;
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && init instanceof URLSearchParams) {
        this[kList] = init[kList].slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw makeNodeError(TypeError, 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function')
            throw makeNodeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          const kv = Array.from(pair);
          if (kv.length !== 2)
            throw makeNodeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          this[kList].push(toUSVString(kv[0]), toUSVString(kv[1]));
        }
      } else {
        const keys = Reflect.ownKeys(init);
        for (const key of keys) {
          if (typeof key !== 'string') continue;
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const k = toUSVString(key), v = toUSVString(init[key]);
          // a record's later duplicate (after USV conversion) replaces the value
          let found = -1;
          for (let i = 0; i < this[kList].length; i += 2) if (this[kList][i] === k) found = i;
          if (found >= 0) this[kList][found + 1] = v;
          else this[kList].push(k, v);
        }
      }
    } else {
      let s = toUSVString(init);
      if (s[0] === '?') s = s.slice(1);
      this[kList] = parseParams(s);
    }
  }

  get size() {
    checkParams(this);
    return this[kList].length / 2;
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    this[kList].push(toUSVString(name), toUSVString(value));
    updateURL(this);
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this[kList];
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    updateURL(this);
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this[kList];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this[kList], out = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) out.push(list[i + 1]);
    return out;
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this[kList];
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2)
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    return false;
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    const list = this[kList];
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    updateURL(this);
  }

  sort() {
    checkParams(this);
    const list = this[kList], pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // a stable sort by code units
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this[kList] = pairs.flat();
    updateURL(this);
  }

  entries() {
    checkParams(this);
    return makeIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    validateFunction(callback, 'callback');
    const list = this[kList];
    for (let i = 0; i < list.length; i += 2) callback.call(thisArg, list[i + 1], list[i], this);
  }

  keys() {
    checkParams(this);
    return makeIterator(this, 'key');
  }

  values() {
    checkParams(this);
    return makeIterator(this, 'value');
  }

  toString() {
    checkParams(this);
    return serializeParams(this[kList]);
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    checkParams(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return '[Object]';
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this[kList], output = [];
    for (let i = 0; i < list.length; i += 2)
      output.push(`${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`);
    const length = output.reduce((n, s) => n + s.length + 2, -2);
    const name = this.constructor.name;
    if (length > (ctx && ctx.breakLength !== undefined ? ctx.breakLength : 80)) return `${name} {\n  ${output.join(',\n  ')} }`;
    if (output.length) return `${name} { ${output.join(', ')} }`;
    return `${name} {}`;
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

// URLSearchParams iterators: live over the list, as the standard's.
const kTarget = Symbol('target'), kKind = Symbol('kind'), kIndex = Symbol('index');
const ArrayIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const URLSearchParamsIteratorPrototype = Object.create(ArrayIteratorPrototype);

function makeIterator(target, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  it[kTarget] = target;
  it[kKind] = kind;
  it[kIndex] = 0;
  return it;
}

function iteratorOutput(kind, list, i) {
  if (kind === 'key') return list[i];
  if (kind === 'value') return list[i + 1];
  return [list[i], list[i + 1]];
}

Object.defineProperties(URLSearchParamsIteratorPrototype, {
  next: {
    value: function next() {
      if (this === null || typeof this !== 'object' || !(kTarget in this)) throw invalidThis('URLSearchParamsIterator');
      const list = this[kTarget][kList], i = this[kIndex];
      if (i >= list.length) return { value: undefined, done: true };
      this[kIndex] = i + 2;
      return { value: iteratorOutput(this[kKind], list, i), done: false };
    },
    writable: true, configurable: true, enumerable: true,
  },
  [Symbol.for('nodejs.util.inspect.custom')]: {
    value: function (recurseTimes, ctx) {
      if (this === null || typeof this !== 'object' || !(kTarget in this)) throw invalidThis('URLSearchParamsIterator');
      const innerOpts = { ...ctx };
      if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
      const list = this[kTarget][kList], output = [];
      for (let i = this[kIndex]; i < list.length; i += 2) output.push(iteratorOutput(this[kKind], list, i));
      const inner = inspect(output, innerOpts);
      return `URLSearchParams Iterator ${inner === '[]' ? '{  }' : `{ ${inner.slice(2, -2)} }`}`;
    },
    writable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
});

// ---- URL ---------------------------------------------------------------------

function invalidURL(input, base) {
  const err = makeNodeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

function checkURL(self) {
  if (self === null || typeof self !== 'object' || !(kRecord in self)) throw invalidThis('URL');
}

// The record of [input] against [base] (strings or undefined), or FAILURE.
function parseWithBase(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicParse(base, null);
    if (baseRecord === FAILURE) return FAILURE;
  }
  return basicParse(input, baseRecord);
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const r = parseWithBase(input, base);
    if (r === FAILURE) throw invalidURL(input, base);
    this[kRecord] = r;
    this[kList] = null; // the URLSearchParams, made on first use
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    return parseWithBase(input, base) !== FAILURE;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const r = parseWithBase(input, base);
    if (r === FAILURE) return null;
    const u = Object.create(URL.prototype);
    u[kRecord] = r;
    u[kList] = null;
    return u;
  }

  static createObjectURL() {
    throw makeNodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The createObjectURL() method is not implemented');
  }

  static revokeObjectURL() {
    throw makeNodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The revokeObjectURL() method is not implemented');
  }

  toString() {
    checkURL(this);
    return serializeURL(this[kRecord]);
  }

  get href() {
    checkURL(this);
    return serializeURL(this[kRecord]);
  }

  set href(value) {
    checkURL(this);
    value = toUSVString(value);
    const r = basicParse(value, null);
    if (r === FAILURE) throw invalidURL(value);
    this[kRecord] = r;
    if (this[kList]) this[kList][kList] = r.query ? parseParams(r.query) : [];
  }

  get origin() {
    checkURL(this);
    return serializeOrigin(this[kRecord]);
  }

  get protocol() {
    checkURL(this);
    return `${this[kRecord].scheme}:`;
  }

  set protocol(value) {
    checkURL(this);
    this.#update(`${toUSVString(value)}:`, 'scheme start');
  }

  get username() {
    checkURL(this);
    return this[kRecord].username;
  }

  set username(value) {
    checkURL(this);
    value = toUSVString(value);
    if (cannotHaveCredentialsOrPort(this[kRecord])) return;
    this[kRecord].username = percentEncode(value, USERINFO_SET);
  }

  get password() {
    checkURL(this);
    return this[kRecord].password;
  }

  set password(value) {
    checkURL(this);
    value = toUSVString(value);
    if (cannotHaveCredentialsOrPort(this[kRecord])) return;
    this[kRecord].password = percentEncode(value, USERINFO_SET);
  }

  get host() {
    checkURL(this);
    const r = this[kRecord];
    if (r.host === null) return '';
    return r.port === null ? r.host : `${r.host}:${r.port}`;
  }

  set host(value) {
    checkURL(this);
    value = toUSVString(value);
    if (hasOpaquePath(this[kRecord])) return;
    this.#update(value, 'host');
  }

  get hostname() {
    checkURL(this);
    const h = this[kRecord].host;
    return h === null ? '' : h;
  }

  set hostname(value) {
    checkURL(this);
    value = toUSVString(value);
    if (hasOpaquePath(this[kRecord])) return;
    this.#update(value, 'hostname');
  }

  get port() {
    checkURL(this);
    const p = this[kRecord].port;
    return p === null ? '' : String(p);
  }

  set port(value) {
    checkURL(this);
    value = toUSVString(value);
    const r = this[kRecord];
    if (cannotHaveCredentialsOrPort(r)) return;
    if (value === '') r.port = null;
    else this.#update(value, 'port');
  }

  get pathname() {
    checkURL(this);
    return serializePath(this[kRecord]);
  }

  set pathname(value) {
    checkURL(this);
    value = toUSVString(value);
    const r = this[kRecord];
    if (hasOpaquePath(r)) return;
    const copy = cloneRecord(r);
    copy.path = [];
    const out = basicParse(value, null, copy, 'path start');
    if (out !== FAILURE) this[kRecord] = out;
  }

  get search() {
    checkURL(this);
    const q = this[kRecord].query;
    return q === null || q === '' ? '' : `?${q}`;
  }

  set search(value) {
    checkURL(this);
    value = toUSVString(value);
    const r = this[kRecord];
    if (value === '') {
      r.query = null;
      if (this[kList]) this[kList][kList] = [];
      stripTrailingSpaces(r);
      return;
    }
    if (value[0] === '?') value = value.slice(1);
    const copy = cloneRecord(r);
    copy.query = '';
    const out = basicParse(value, null, copy, 'query');
    if (out === FAILURE) return;
    this[kRecord] = out;
    if (this[kList]) this[kList][kList] = parseParams(value);
  }

  get searchParams() {
    checkURL(this);
    if (!this[kList]) {
      const params = new URLSearchParams();
      const q = this[kRecord].query;
      params[kList] = q ? parseParams(q) : [];
      params[kURL] = this;
      this[kList] = params;
    }
    return this[kList];
  }

  get hash() {
    checkURL(this);
    const f = this[kRecord].fragment;
    return f === null || f === '' ? '' : `#${f}`;
  }

  set hash(value) {
    checkURL(this);
    value = toUSVString(value);
    const r = this[kRecord];
    if (value === '') {
      r.fragment = null;
      stripTrailingSpaces(r);
      return;
    }
    if (value[0] === '#') value = value.slice(1);
    const copy = cloneRecord(r);
    copy.fragment = '';
    const out = basicParse(value, null, copy, 'fragment');
    if (out !== FAILURE) this[kRecord] = out;
  }

  toJSON() {
    checkURL(this);
    return serializeURL(this[kRecord]);
  }

  // A setter's parse on a copy of the record: kept when it succeeds.
  #update(value, state) {
    const out = basicParse(value, null, cloneRecord(this[kRecord]), state);
    if (out !== FAILURE) this[kRecord] = out;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    return `${this.constructor.name} ${inspect(obj, opts)}`;
  }
}

Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const C of [URL, URLSearchParams]) {
  for (const key of Object.getOwnPropertyNames(C.prototype)) {
    if (key === 'constructor') continue;
    const d = Object.getOwnPropertyDescriptor(C.prototype, key);
    d.enumerable = true;
    Object.defineProperty(C.prototype, key, d);
  }
}

// ---- node's helpers ------------------------------------------------------------

function isURL(v) {
  return v != null && typeof v === 'object' && Boolean(v.href) && Boolean(v.protocol) && v.auth === undefined &&
         v.path === undefined;
}

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw invalidArgType('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw makeNodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (path.hostname !== '')
    throw makeNodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', `File URL host must be "localhost" or empty on ${process.platform}`);
  const pathname = path.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.charCodeAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102)
        throw makeNodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
    }
  }
  return decodeURIComponent(pathname);
}

function pathToFileURL(filepath) {
  const pathModule = require('path');
  if (typeof filepath !== 'string') throw invalidArgType('path', 'string', filepath);
  let resolved = pathModule.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 47 && resolved[resolved.length - 1] !== '/') resolved += '/';
  resolved = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
  const out = new URL('file://');
  out.pathname = resolved;
  return out;
}

function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password)
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  const r = parseHost(`${domain}`, false);
  return r === FAILURE ? '' : r;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  const r = parseHost(`${domain}`, false);
  if (r === FAILURE) return '';
  return r.split('.').map((label) => (label.startsWith('xn--') ? punycode.decode(label.slice(4)) ?? label : label)).join('.');
}

// url.format(URL, options): the WHATWG serialization with parts left out.
function formatURL(url, options) {
  if (options !== undefined && (options === null || typeof options !== 'object'))
    throw invalidArgType('options', 'Object', options);
  const o = { auth: true, fragment: true, search: true, unicode: false, ...options };
  const r = url[kRecord];
  let out = `${r.scheme}:`;
  if (r.host !== null) {
    out += '//';
    if (o.auth && (r.username !== '' || r.password !== '')) {
      out += r.username;
      if (r.password !== '') out += `:${r.password}`;
      out += '@';
    }
    out += o.unicode ? domainToUnicode(r.host) || r.host : r.host;
    if (r.port !== null) out += `:${r.port}`;
  } else if (!hasOpaquePath(r) && r.path.length > 1 && r.path[0] === '') {
    out += '/.';
  }
  out += serializePath(r);
  if (o.search && r.query !== null) out += `?${r.query}`;
  if (o.fragment && r.fragment !== null) out += `#${r.fragment}`;
  return out;
}

const legacy = require('internal/url_legacy');

function format(urlObject, options) {
  if (urlObject instanceof URL) return formatURL(urlObject, options);
  return legacy.format(urlObject, options);
}

module.exports = {
  Url: legacy.Url,
  parse: legacy.parse,
  resolve: legacy.resolve,
  resolveObject: legacy.resolveObject,
  format,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
