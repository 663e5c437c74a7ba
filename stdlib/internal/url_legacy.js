'use strict';
// node's legacy URL API: url.parse() into a Url object, Url#format() and
// url.format(object), url.resolve() and url.resolveObject(). This is not
// the WHATWG parser (node:url has that) but node's own lenient one, whose
// results programs depend on byte for byte: backslashes before the query
// become slashes, "auth@" is split at the last '@' before the host ends,
// the host is cut at the first character RFC 2396 forbids in it (the rest
// moves to the path), hostnames are lowercased and Punycode-encoded, and
// the RFC 2396 "unwise" characters of the rest are percent-encoded.

const { makeNodeError, invalidArgType, validateString } = require('internal/errors');
const querystring = require('querystring');

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLen = 255;
const hostless = new Set(['javascript', 'javascript:']);
const slashed = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:',
  'ws', 'ws:', 'wss', 'wss:']);
// characters never allowed in a hostname (RFC 2396), and those that end it
const notInHost = new Set('\t\n\r "%\';<>\\^`{|}');
const endsHost = new Set('#/?');
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

// What the rest of the URL gets escaped to (RFC 2396 delimiters, unwise
// characters, and the single quote).
const autoEscape = { __proto__: null, '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27',
  '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };
const autoEscapeRe = /[\t\n\r "'<>\\^`{|}]/g;

const isIpv6Hostname = (h) => h[0] === '[' && h[h.length - 1] === ']';

function toASCII(hostname) {
  if (!/[^\x00-\x7f]/.test(hostname)) return hostname;
  const { domainToASCII } = require('url');
  return domainToASCII(hostname);
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

// The input trimmed of leading and trailing whitespace (code units below
// '!', U+00A0, U+FEFF), with its backslashes before the first '?' or '#'
// turned into slashes; and whether an '@' came before that point and a
// '#' anywhere.
function preprocess(url) {
  let start = -1, end = -1, inWs = false, split = false, hasHash = false, hasAt = false;
  let out = '';
  for (let i = 0; i < url.length; i++) {
    const code = url.charCodeAt(i);
    const ws = code < 33 || code === 0xa0 || code === 0xfeff;
    if (start === -1) {
      if (ws) continue;
      start = i;
    } else if (inWs) {
      if (!ws) {
        end = -1;
        inWs = false;
      }
    } else if (ws) {
      end = i;
      inWs = true;
    }
    let ch = url[i];
    if (!split) {
      if (ch === '@') hasAt = true;
      else if (ch === '#') hasHash = split = true;
      else if (ch === '?') split = true;
      else if (ch === '\\') ch = '/';
    } else if (ch === '#') {
      hasHash = true;
    }
    out += ch;
  }
  // [out] began at [start]; cut what followed [end]
  const rest = start === -1 ? '' : end === -1 ? out : out.slice(0, end - start);
  return { rest, hasHash, hasAt };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { rest, hasHash, hasAt } = preprocess(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = simplePathPattern.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest), lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // "//host" names a host after a protocol, with slashesDenoteHost, or
  // when the rest looks like //user@host
  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostless.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostless.has(lowerProto) && (slashes || (proto && !slashed.has(proto)))) {
    // The host ends at the first of # / ?; before the last '@' up to
    // there is the auth, and a character a host cannot hold ends it early.
    let hostEnd = -1, atSign = -1, nonHost = -1;
    for (let i = 0; i < rest.length && hostEnd === -1; i++) {
      const ch = rest[i];
      if (notInHost.has(ch)) {
        if (nonHost === -1) nonHost = i;
      } else if (endsHost.has(ch)) {
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
      } else if (ch === '@') {
        atSign = i;
        nonHost = -1;
      }
    }
    let from = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      from = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(from);
      rest = '';
    } else {
      this.host = rest.slice(from, nonHost);
      rest = rest.slice(nonHost);
    }
    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    const hostname = this.hostname;
    const ipv6 = isIpv6Hostname(hostname);
    if (!ipv6) {
      // a '/', '\', '#', '?' or ':' left in the hostname starts the path
      for (let i = 0; i < hostname.length; i++) {
        const ch = hostname[i];
        if (ch === '/' || ch === '\\' || ch === '#' || ch === '?' || ch === ':') {
          this.hostname = hostname.slice(0, i);
          rest = `/${hostname.slice(i)}${rest}`;
          break;
        }
      }
    }
    this.hostname = this.hostname.length > hostnameMaxLen ? '' : this.hostname.toLowerCase();
    if (this.hostname !== '') {
      if (ipv6) {
        if (forbiddenHostCharsIpv6.test(this.hostname)) throw invalidURL(url);
      } else {
        this.hostname = toASCII(this.hostname);
        if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) throw invalidURL(url);
      }
    }
    this.host = (this.hostname || '') + (this.port ? `:${this.port}` : '');
    if (ipv6) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = `/${rest}`;
    }
  }

  if (!hostless.has(lowerProto)) rest = rest.replace(autoEscapeRe, (ch) => autoEscape[ch]);

  let questionIdx = -1, hashIdx = -1;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '#') {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    }
    if (rest[i] === '?' && questionIdx === -1) questionIdx = i;
  }
  if (questionIdx !== -1) {
    const stop = hashIdx === -1 ? rest.length : hashIdx;
    this.search = rest.slice(questionIdx, stop);
    this.query = rest.slice(questionIdx + 1, stop);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }
  const firstIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx) ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (slashed.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

function invalidURL(input) {
  const err = makeNodeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  return err;
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const m = portPattern.exec(host);
  if (m) {
    if (m[0] !== ':') this.port = m[0].slice(1);
    host = host.slice(0, host.length - m[0].length);
  }
  if (host) this.hostname = host;
};

// The auth part keeps A-Z a-z 0-9 and ! ' ( ) * - . : _ ~; the rest is
// percent-encoded (as UTF-8, as querystring.escape does).
function encodeAuth(auth) {
  return querystring.escape(auth).replace(/%3A/g, ':');
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && !isIpv6Hostname(this.hostname) ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && protocol[protocol.length - 1] !== ':') protocol += ':';
  pathname = pathname.replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));
  if (this.slashes || slashed.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject) {
  if (typeof urlObject === 'string') urlObject = urlParse(urlObject);
  else if (typeof urlObject !== 'object' || urlObject === null) throw invalidArgType('urlObject', ['Object', 'string'], urlObject);
  return Url.prototype.format.call(urlObject);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function setPath(result) {
  if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
}

// "user@host" left in a host by a non-slashed protocol's resolution
function splitAuthInHost(result) {
  if (result.host && result.host.indexOf('@') > 0) {
    const parts = result.host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  for (const k of Object.keys(this)) result[k] = this[k];
  // the hash always comes from the relative URL, even an empty one
  result.hash = relative.hash;
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // //host/path keeps only the protocol
  if (relative.slashes && !relative.protocol) {
    for (const k of Object.keys(relative)) if (k !== 'protocol') result[k] = relative[k];
    if (slashed.has(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = '/';
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // a protocol that is not slashed: the relative URL is absolute
    if (!slashed.has(relative.protocol)) {
      for (const k of Object.keys(relative)) result[k] = relative[k];
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostless.has(relative.protocol)) {
      // the first non-empty path segment becomes the host
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    setPath(result);
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = result.pathname && result.pathname[0] === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname[0] === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashed.has(result.protocol);

  // a non-slashed URL's host takes part in the path while resolving
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // only a new query
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      splitAuthInHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null)
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = result.format();
    return result;
  }

  // a path ending in '.' or '..' (or '') keeps a trailing slash
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) ||
                           last === '';
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) while (up--) srcPath.unshift('..');
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0][0] !== '/')) srcPath.unshift('');
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');
  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0][0] === '/');
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    splitAuthInHost(result);
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');
  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null)
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

module.exports = { Url, parse: urlParse, format: urlFormat, resolve: urlResolve, resolveObject: urlResolveObject };
