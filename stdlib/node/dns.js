'use strict';
// node's dns.lookup and dns.promises.lookup over getaddrinfo on libuv's
// threadpool ('kiln:dns', runtime/node/dns.c): the argument checks, the
// IP-literal and empty-name shortcuts, the result order (verbatim, or
// IPv4/IPv6 first) and node's errors ("getaddrinfo ENOTFOUND host") are
// here. The DNS protocol functions (resolve*, reverse, Resolver) are not.

const native = require('kiln:dns');
const { makeNodeError, invalidArgType, invalidArgValue, validateFunction } = require('internal/errors');
const { emitWarning } = require('internal/warning');

const { ADDRCONFIG, V4MAPPED, ALL } = native;
const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
let defaultOrder = 'verbatim';
let warnedEmpty = false;

function isIPv4(s) {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
}

function isIPv6(s) {
  if (!s.includes(':') || !/^[0-9a-fA-F:.]+(%[0-9A-Za-z._~-]+)?$/.test(s)) return false;
  const bare = s.replace(/%.*$/, '');
  let groups = bare.split(':');
  const tail = groups[groups.length - 1];
  let extra = 0;
  if (tail.includes('.')) {
    if (!isIPv4(tail)) return false;
    groups = groups.slice(0, -1).concat(['0', '0']);
    extra = 0;
  }
  const dbl = bare.indexOf('::');
  if (dbl !== bare.lastIndexOf('::')) return false;
  const filled = groups.filter((g) => g !== '');
  if (!filled.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  if (dbl === -1) return groups.length === 8 + extra && !groups.includes('');
  return filled.length < 8;
}

function isIP(s) {
  return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0;
}

function validateOneOf(value, name, list) {
  if (!list.includes(value)) {
    const kind = name.includes('.') ? 'property' : 'argument';
    const shown = list.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    const { inspect } = require('kiln:util');
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                        `The ${kind} '${name}' must be one of: ${shown}. Received ${inspect(value)}`);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'boolean', value);
}

function validateHints(hints) {
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) throw invalidArgValue('hints', hints);
}

// node's dnsException
function dnsException(code, syscall, hostname) {
  const errno = code;
  code = native.errname(code);
  const e = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  e.errno = errno;
  e.code = code;
  e.syscall = syscall;
  if (hostname) e.hostname = hostname;
  return e;
}

// The checked options of lookup: { family, hints, all, order }.
function lookupOptions(hostname, options) {
  if (hostname && typeof hostname !== 'string') throw invalidArgType('hostname', 'string', hostname);
  let family = 0, hints = 0, all = false, order = defaultOrder;
  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    throw invalidArgType('options', ['integer', 'object'], options);
  } else if (options != null) {
    if (options.hints != null) {
      if (typeof options.hints !== 'number') throw invalidArgType('options.hints', 'number', options.hints);
      hints = options.hints >>> 0;
      validateHints(hints);
    }
    if (options.family != null) {
      switch (options.family) {
        case 'IPv4': family = 4; break;
        case 'IPv6': family = 6; break;
        default:
          validateOneOf(options.family, 'options.family', validFamilies);
          family = options.family;
      }
    }
    if (options.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order != null) {
      validateOneOf(options.order, 'options.order', validOrders);
      order = options.order;
    }
  }
  return { family, hints, all, order };
}

function warnEmpty(hostname) {
  if (warnedEmpty) return;
  warnedEmpty = true;
  emitWarning(`The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module ` +
              'solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

function ordered(addresses, order) {
  const list = addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  if (order === 'ipv4first') return list.filter((a) => a.family === 4).concat(list.filter((a) => a.family === 6));
  if (order === 'ipv6first') return list.filter((a) => a.family === 6).concat(list.filter((a) => a.family === 4));
  return list;
}

// Runs the lookup: done(err, list of {address, family}); the shortcuts for
// an empty name and an IP literal answer on the next tick.
function run(hostname, o, done) {
  if (!hostname) {
    warnEmpty(hostname);
    process.nextTick(done, null, null);
    return;
  }
  const matched = isIP(hostname);
  if (matched) {
    process.nextTick(done, null, [{ address: hostname, family: matched }]);
    return;
  }
  const err = native.getaddrinfo(hostname, o.family, o.hints, (status, addresses) => {
    if (status) done(dnsException(status, 'getaddrinfo', hostname));
    else if (addresses.length === 0) done(dnsException(-3008 /* EAI_NONAME */, 'getaddrinfo', hostname));
    else done(null, ordered(addresses, o.order));
  });
  if (err) process.nextTick(done, dnsException(err, 'getaddrinfo', hostname));
}

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (hostname && typeof hostname !== 'string') throw invalidArgType('hostname', 'string', hostname);
  validateFunction(callback, 'callback');
  const o = lookupOptions(hostname, options);
  run(hostname, o, (err, list) => {
    if (err) callback(err);
    else if (list === null) {
      if (o.all) callback(null, []);
      else callback(null, null, o.family === 6 ? 6 : 4);
    } else if (o.all) callback(null, list);
    else callback(null, list[0].address, list[0].family);
  });
  return {};
}

Object.defineProperty(lookup, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: false,
  configurable: true,
  get() {
    return lookupPromise;
  },
});

function lookupPromise(hostname, options) {
  return promises.lookup(hostname, options);
}

const promises = {
  lookup(hostname, options) {
    const o = lookupOptions(hostname, options);
    return new Promise((resolve, reject) => {
      run(hostname, o, (err, list) => {
        if (err) reject(err);
        else if (list === null) resolve(o.all ? [] : { address: null, family: o.family === 6 ? 6 : 4 });
        else resolve(o.all ? list : list[0]);
      });
    });
  },
  getDefaultResultOrder,
  setDefaultResultOrder,
};

function getDefaultResultOrder() {
  return defaultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', validOrders);
  defaultOrder = order;
}

const codes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND', NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME', BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};
Object.assign(promises, codes);

module.exports = {
  lookup,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ADDRCONFIG,
  V4MAPPED,
  ALL,
  ...codes,
  promises,
};
