'use strict';
// node:path — POSIX and Windows path manipulation, as node 20 does it,
// character for character (node's documented behaviour and its test suite
// are the reference; this is an independent implementation).
//
// Both flavours share one shape: a path is a root (POSIX: "/" or nothing;
// Windows: a drive "C:", a drive with a separator "C:\", a UNC root
// "\\server\share", a device root "\\.\" or "\\?\", or a lone separator)
// followed by segments. Normalising drops empty and "." segments and lets
// ".." cancel the segment before it; above the root ".." is kept only for
// relative paths.

const { validateString, validateObject } = require('internal/errors');

const isPosixSep = (c) => c === '/';
const isWinSep = (c) => c === '/' || c === '\\';
const isDriveLetter = (c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

// The segments of [s] (split at every separator) with "." and empty
// segments dropped and ".." resolved, joined with [sep]. [aboveRoot] keeps
// the ".." that climb past the start.
function normalizeSegments(s, aboveRoot, sep, isSep) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && !isSep(s[i])) continue;
    const seg = s.slice(start, i);
    start = i + 1;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (aboveRoot) out.push('..');
    } else {
      out.push(seg);
    }
  }
  return out.join(sep);
}

function formatExt(ext) {
  if (!ext) return '';
  return ext[0] === '.' ? ext : `.${ext}`;
}

// path.format for separator [sep]: dir (or root) then base (or name + ext).
function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// ---- POSIX ----------------------------------------------------------------

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= 0 && !absolute; i--) {
      const p = args[i];
      validateString(p, `paths[${i}]`);
      if (p.length === 0) continue;
      resolved = `${p}/${resolved}`;
      absolute = p[0] === '/';
    }
    if (!absolute) {
      const cwd = process.cwd();
      resolved = `${cwd}/${resolved}`;
      absolute = cwd[0] === '/';
    }
    resolved = normalizeSegments(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path[0] === '/';
    const trailing = path[path.length - 1] === '/';
    const body = normalizeSegments(path, !absolute, '/', isPosixSep);
    if (body.length === 0) return absolute ? '/' : trailing ? './' : '.';
    const withTrail = trailing ? `${body}/` : body;
    return absolute ? `/${withTrail}` : withTrail;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path[0] === '/';
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (const a of args) {
      validateString(a, 'path');
      if (a.length > 0) parts.push(a);
    }
    return parts.length === 0 ? '.' : posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    // both are absolute and normalised: compare their segments
    const f = from === '/' ? [] : from.slice(1).split('/');
    const t = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < f.length && common < t.length && f[common] === t[common]) common++;
    const up = f.slice(common).map(() => '..');
    return up.concat(t.slice(common)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const rooted = path[0] === '/';
    // back over trailing separators and the last component to the
    // separator before it; what precedes that separator is the dirname
    let i = path.length - 1;
    while (i >= 1 && path[i] === '/') i--;
    while (i >= 1 && path[i] !== '/') i--;
    if (i < 1) return rooted ? '/' : '.';
    if (rooted && i === 1) return '//';
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return suffixedBase(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    return extOf(path, 0, isPosixSep);
  },

  format: _format.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path[0] === '/';
    const from = absolute ? 1 : 0;
    if (absolute) ret.root = '/';
    let end = path.length;
    while (end > from && path[end - 1] === '/') end--;
    let start = end;
    while (start > from && path[start - 1] !== '/') start--;
    const afterSep = start > from; // a separator past the root precedes the base
    if (end > start) {
      const base = path.slice(start, end);
      const dot = base.lastIndexOf('.');
      // node reads "/.." (the base right after the root) as name "." and
      // ext "."; any other ".." has no extension
      if (dot <= 0 || (base === '..' && (afterSep || !absolute))) {
        ret.base = ret.name = base;
      } else {
        ret.base = base;
        ret.name = base.slice(0, dot);
        ret.ext = base.slice(dot);
      }
    }
    if (afterSep) ret.dir = path.slice(0, start - 1);
    else if (absolute) ret.dir = '/';
    return ret;
  },

  // experimental in node 20 (over minimatch); not here yet
  matchesGlob(path, pattern) {
    validateString(path, 'path');
    validateString(pattern, 'pattern');
    throw new Error('path.matchesGlob: not supported yet');
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

// The last component of path[from..] (trailing separators left out) and
// its extension: none without a dot, with only a leading dot (".bashrc"),
// or for ".."; else from the last dot ("a.b.c" -> ".c", "a." -> ".",
// "..." -> ".").
function splitComponent(path, from, isSep) {
  let end = path.length;
  while (end > from && isSep(path[end - 1])) end--;
  let start = end;
  while (start > from && !isSep(path[start - 1])) start--;
  if (end === start) return null;
  const comp = path.slice(start, end);
  const dot = comp.lastIndexOf('.');
  if (dot <= 0 || comp === '..') return { start, end, name: comp, ext: '' };
  return { start, end, name: comp.slice(0, dot), ext: comp.slice(dot) };
}

function extOf(path, from, isSep) {
  const c = splitComponent(path, from, isSep);
  return c ? c.ext : '';
}

// basename: the last component of path[from..]; a [suffix] is cut off
// when the component ends with it and is longer than it. node matches the
// suffix backwards from the component's end, and when the component runs
// out first (the suffix is longer) it answers the component up to the end
// of the path, trailing separators included.
function suffixedBase(path, suffix, from, isSep) {
  let end = path.length;
  while (end > from && isSep(path[end - 1])) end--;
  let start = end;
  while (start > from && !isSep(path[start - 1])) start--;
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length)
    return path.slice(start, end);
  if (suffix === path) return '';
  if (end === start) return path.slice(from);
  let k = suffix.length - 1, j = end - 1;
  while (k >= 0 && j >= start && path[j] === suffix[k]) { k--; j--; }
  if (k < 0) return j + 1 === start ? path.slice(start, end) : path.slice(start, j + 1);
  if (j < start) return path.slice(start);
  return path.slice(start, end);
}

// ---- Windows --------------------------------------------------------------

const RESERVED = ['CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3'];

function isReservedDevice(path, colon) {
  return RESERVED.includes(path.slice(0, colon).toUpperCase());
}

// The root of a Windows path: {device, rootEnd, absolute, kind} where kind
// is 'unc' (\\server\share, device "\\server\share"), 'unc-only' (the path
// is exactly a UNC root), 'devroot' (\\.\ or \\?\), 'drive' (C: or C:\),
// 'sep' (one leading separator) or '' (relative). [share] is where the
// share name ends for 'unc'.
function winRoot(path) {
  const len = path.length;
  const r = { device: '', rootEnd: 0, absolute: false, kind: '' };
  if (len === 0) return r;
  const c0 = path[0];
  if (isWinSep(c0)) {
    r.absolute = true;
    r.rootEnd = 1;
    r.kind = 'sep';
    if (len > 1 && isWinSep(path[1])) {
      // \\server\share: a run of non-separators, separators, non-separators
      let j = 2;
      while (j < len && !isWinSep(path[j])) j++;
      if (j < len && j > 2) {
        const server = path.slice(2, j);
        let k = j;
        while (k < len && isWinSep(path[k])) k++;
        if (k < len) {
          let m = k;
          while (m < len && !isWinSep(path[m])) m++;
          r.server = server;
          r.shareStart = k;
          r.shareEnd = m;
          if (server === '.' || server === '?') {
            r.kind = 'devroot';
            r.device = `\\\\${server}`;
            r.rootEnd = 4;
          } else {
            r.kind = m === len ? 'unc-only' : 'unc';
            r.device = `\\\\${server}\\${path.slice(k, m)}`;
            r.rootEnd = m;
          }
        }
      }
    }
  } else if (len > 1 && isDriveLetter(c0) && path[1] === ':') {
    r.kind = 'drive';
    r.device = path.slice(0, 2);
    r.rootEnd = 2;
    if (len > 2 && isWinSep(path[2])) {
      r.absolute = true;
      r.rootEnd = 3;
    }
  }
  return r;
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let p;
      if (i >= 0) {
        p = args[i];
        validateString(p, `paths[${i}]`);
        if (p.length === 0) continue;
      } else if (device.length === 0) {
        p = process.cwd();
      } else {
        // the current directory of that drive, if the environment has it
        p = process.env[`=${device}`] || process.cwd();
        if (p === undefined ||
            (p.slice(0, 2).toLowerCase() !== device.toLowerCase() && p[2] === '\\'))
          p = `${device}\\`;
      }
      const r = winRoot(p);
      let rootEnd = r.rootEnd, dev = r.device;
      if (p.length === 1) {
        dev = '';
        rootEnd = isWinSep(p[0]) ? 1 : 0;
      } else if (r.kind === 'sep' || r.kind === '') {
        dev = '';
      }
      if (dev.length > 0) {
        if (device.length > 0) {
          if (dev.toLowerCase() !== device.toLowerCase()) continue; // another drive
        } else {
          device = dev;
        }
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${p.slice(rootEnd)}\\${tail}`;
        absolute = r.absolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = normalizeSegments(tail, !absolute, '\\', isWinSep);
    return absolute ? `${device}\\${tail}` : `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return path === '/' ? '\\' : path;
    const r = winRoot(path);
    let device, rootEnd = r.rootEnd;
    if (r.kind === 'unc-only') return `${r.device}\\`;
    if (r.kind === 'unc' || r.kind === 'devroot' || r.kind === 'drive') device = r.device;
    if (r.kind === '') {
      // a reserved device name before a colon ("CON:") is a device too
      const colon = path.indexOf(':');
      if (colon > 0 && isReservedDevice(path, colon)) {
        device = path.slice(0, colon + 1);
        rootEnd = colon + 1;
      }
    }
    const absolute = r.absolute;
    let tail = rootEnd < len ? normalizeSegments(path.slice(rootEnd), !absolute, '\\', isWinSep) : '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path[len - 1])) tail += '\\';
    if (!absolute && device === undefined && path.includes(':')) {
      // a relative path must not come out looking like a drive or a
      // device (CVE-2024-36139)
      if (tail.length >= 2 && isDriveLetter(tail[0]) && tail[1] === ':') return `.\\${tail}`;
      for (let k = path.indexOf(':'); k !== -1; k = path.indexOf(':', k + 1))
        if (k === len - 1 || isWinSep(path[k + 1])) return `.\\${tail}`;
    }
    if (isReservedDevice(path, path.indexOf(':'))) return `.\\${device === undefined ? '' : device}${tail}`;
    if (device === undefined) return absolute ? `\\${tail}` : tail;
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    if (path.length === 0) return false;
    return isWinSep(path[0]) ||
      (path.length > 2 && isDriveLetter(path[0]) && path[1] === ':' && isWinSep(path[2]));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined, first;
    for (const a of args) {
      validateString(a, 'path');
      if (a.length === 0) continue;
      if (joined === undefined) joined = first = a;
      else joined += `\\${a}`;
    }
    if (joined === undefined) return '.';
    // leading separators collapse to one unless the first part is clearly
    // a UNC root (exactly two separators, then a name)
    const uncFirst = first.length > 2 && isWinSep(first[0]) && isWinSep(first[1]) && !isWinSep(first[2]);
    if (!uncFirst) {
      let n = 0;
      while (n < joined.length && isWinSep(joined[n])) n++;
      if (n >= 2) joined = `\\${joined.slice(n)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    const f = fromOrig.toLowerCase();
    const t = toOrig.toLowerCase();
    if (f === t) return '';
    if (fromOrig.length !== f.length || toOrig.length !== t.length) {
      // lower-casing changed a length: compare segment by segment
      const fs = fromOrig.split('\\'), ts = toOrig.split('\\');
      if (fs[fs.length - 1] === '') fs.pop();
      if (ts[ts.length - 1] === '') ts.pop();
      const n = Math.min(fs.length, ts.length);
      let i = 0;
      while (i < n && fs[i].toLowerCase() === ts[i].toLowerCase()) i++;
      if (i === 0) return toOrig;
      if (i === n) {
        if (ts.length > n) return ts.slice(i).join('\\');
        if (fs.length > n) return `${'..\\'.repeat(fs.length - 1 - i)}..`;
        return '';
      }
      return '..\\'.repeat(fs.length - i) + ts.slice(i).join('\\');
    }
    // trim leading separators, and trailing ones (UNC roots end in one)
    let fStart = 0;
    while (fStart < f.length && f[fStart] === '\\') fStart++;
    let fEnd = f.length;
    while (fEnd - 1 > fStart && f[fEnd - 1] === '\\') fEnd--;
    let tStart = 0;
    while (tStart < t.length && t[tStart] === '\\') tStart++;
    let tEnd = t.length;
    while (tEnd - 1 > tStart && t[tEnd - 1] === '\\') tEnd--;
    const fLen = fEnd - fStart, tLen = tEnd - tStart;
    const n = Math.min(fLen, tLen);
    let lastSep = -1, i = 0;
    for (; i < n; i++) {
      const c = f[fStart + i];
      if (c !== t[tStart + i]) break;
      if (c === '\\') lastSep = i;
    }
    if (i !== n) {
      if (lastSep === -1) return toOrig; // different roots
    } else {
      if (tLen > n) {
        if (t[tStart + i] === '\\') return toOrig.slice(tStart + i + 1); // from is a prefix of to
        if (i === 2) return toOrig.slice(tStart + i); // from is a drive root
      }
      if (fLen > n) {
        if (f[fStart + i] === '\\') lastSep = i; // to is a prefix of from
        else if (i === 2) lastSep = 3; // to is a drive root
      }
      if (lastSep === -1) lastSep = 0;
    }
    let ups = 0;
    for (let k = fStart + lastSep + 1; k <= fEnd; k++)
      if (k === fEnd || f[k] === '\\') ups++;
    let rest = tStart + lastSep;
    if (ups > 0) return `${Array(ups).fill('..').join('\\')}${toOrig.slice(rest, tEnd)}`;
    if (toOrig[rest] === '\\') rest++;
    return toOrig.slice(rest, tEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved[0] === '\\') {
      if (resolved[1] === '\\' && resolved[2] !== '?' && resolved[2] !== '.')
        return `\\\\?\\UNC\\${resolved.slice(2)}`; // \\server\share → long UNC
    } else if (isDriveLetter(resolved[0]) && resolved[1] === ':' && resolved[2] === '\\') {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path[0]) ? path : '.';
    // [offset]: where the search for the last separator stops; [rootEnd]:
    // what is left when there is none (-1: '.')
    let rootEnd = -1, offset = 0;
    if (isWinSep(path[0])) {
      rootEnd = offset = 1;
      if (isWinSep(path[1])) {
        const r = uncParts(path);
        if (r) {
          if (r.shareEnd === len) return path; // a UNC root only
          if (r.shareEnd !== r.shareStart) rootEnd = offset = r.shareEnd + 1;
        }
      }
    } else if (isDriveLetter(path[0]) && path[1] === ':') {
      rootEnd = offset = len > 2 && isWinSep(path[2]) ? 3 : 2;
    }
    let i = len - 1;
    while (i >= offset && isWinSep(path[i])) i--;
    while (i >= offset && !isWinSep(path[i])) i--;
    if (i < offset) return rootEnd === -1 ? '.' : path.slice(0, rootEnd);
    // node cuts at the last separator of the run before the component
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    const from = path.length >= 2 && isDriveLetter(path[0]) && path[1] === ':' ? 2 : 0;
    return suffixedBase(path, suffix, from, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    const from = path.length >= 2 && path[1] === ':' && isDriveLetter(path[0]) ? 2 : 0;
    return extOf(path, from, isWinSep);
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    if (len === 1) {
      if (isWinSep(path[0])) ret.root = ret.dir = path;
      else ret.base = ret.name = path;
      return ret;
    }
    let rootEnd = 0;
    if (isWinSep(path[0])) {
      rootEnd = 1;
      if (isWinSep(path[1])) {
        const r = uncParts(path);
        if (r && r.shareEnd === len) rootEnd = len;
        else if (r && r.shareEnd !== r.shareStart) rootEnd = r.shareEnd + 1;
      }
    } else if (isDriveLetter(path[0]) && path[1] === ':') {
      if (len <= 2 || (isWinSep(path[2]) && len === 3)) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = isWinSep(path[2]) ? 3 : 2;
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    const c = splitComponent(path, rootEnd, isWinSep);
    let startPart = rootEnd;
    if (c) {
      ret.base = path.slice(c.start, c.end);
      ret.name = c.name;
      ret.ext = c.ext;
      startPart = c.start;
    }
    ret.dir = startPart > 0 && startPart !== rootEnd ? path.slice(0, startPart - 1) : ret.root;
    return ret;
  },

  // experimental in node 20 (over minimatch); not here yet
  matchesGlob(path, pattern) {
    validateString(path, 'path');
    validateString(pattern, 'pattern');
    throw new Error('path.matchesGlob: not supported yet');
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

// \\server\share: where the share name starts and ends, or null when the
// path does not have a server part followed by separators and a share.
function uncParts(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !isWinSep(path[j])) j++;
  if (j >= len || j === 2) return null;
  let k = j;
  while (k < len && isWinSep(path[k])) k++;
  if (k >= len) return null;
  let m = k;
  while (m < len && !isWinSep(path[m])) m++;
  return { shareStart: k, shareEnd: m };
}

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
