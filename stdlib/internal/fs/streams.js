'use strict';
// fs.ReadStream and fs.WriteStream (fs.createReadStream/createWriteStream)
// as node 20 has them, over the callback fs functions: a stream opens its
// file in _construct (emitting 'open' with the fd, then 'ready'), reads
// highWaterMark bytes (64 KiB by default) at a time from `start` up to
// `end` inclusive, or writes each chunk at the next position, counts
// bytesRead/bytesWritten, and closes the descriptor when it is destroyed
// (autoClose). The C fs module loads this file only when the program's
// text names one of these functions (driver/modules.c), so a program that
// uses fs without streams does not bundle node:stream.

const { Readable, Writable, finished } = require('stream');
const fs = require('fs');
const { invalidArgType, invalidArgValue, outOfRange, validateFunction } = require('internal/errors');
const { errorOrDestroy, codes } = require('internal/streams/util');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

function copyOptions(options, defaults) {
  if (options == null) return { ...defaults };
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') throw invalidArgType('options', ['string', 'Object'], options);
  return { ...defaults, ...options };
}

function validatePath(path) {
  if (typeof path === 'string' || path instanceof Uint8Array) return path;
  if (path && typeof path === 'object' && typeof path.href === 'string' && path.protocol === 'file:') {
    return decodeURIComponent(path.pathname);
  }
  throw invalidArgType('path', ['string', 'Buffer', 'URL'], path);
}

function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    if (!Number.isInteger(options.fd) || options.fd < 0 || options.fd > 0x7fffffff) {
      throw outOfRange('fd', '>= 0 && <= 2147483647', options.fd);
    }
    stream[kFs] = options.fs || fs;
    return options.fd;
  }
  if (options.fd != null && typeof options.fd === 'object' && typeof options.fd.fd === 'number') {
    stream[kFs] = options.fs || fs;
    return options.fd.fd;
  }
  if (options.fd != null) throw invalidArgType('options.fd', ['number', 'FileHandle'], options.fd);
  return null;
}

function setupFs(stream, options, names) {
  const impl = options.fs || fs;
  for (const name of names) {
    if (impl[name] !== undefined || options.fs) validateFunction(impl[name], `options.fs.${name}`);
  }
  stream[kFs] = impl;
}

// _construct of both kinds: open the file unless an fd was given.
function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (er, fd) => {
    if (er) {
      callback(er);
    } else {
      stream.fd = fd;
      callback();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    }
  });
}

function closeStream(stream, err, cb) {
  if (stream.fd === null || stream.fd === undefined) {
    cb(err);
  } else {
    const fd = stream.fd;
    stream.fd = null;
    stream[kFs].close(fd, (er) => {
      cb(er || err);
    });
  }
}

function destroyImpl(err, cb) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => closeStream(this, err || er, cb));
  else closeStream(this, err, cb);
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(options, {});
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;

  this.fd = importFd(this, options);
  if (this.fd === null) {
    this.path = validatePath(path);
    setupFs(this, options, ['open', 'read', 'close']);
  } else {
    this.path = path == null ? undefined : path;
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.end = options.end === undefined ? Infinity : options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw outOfRange('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = val; },
  configurable: true,
});

ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function (n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos === undefined ? null : this.pos, (er, bytesRead, buffer) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      errorOrDestroy(this, er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      let b = buffer || buf;
      if (bytesRead !== b.length) {
        const dst = Buffer.allocUnsafeSlow(bytesRead);
        b.copy(dst, 0, 0, bytesRead);
        b = dst;
      }
      this.push(b);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroyImpl;

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(options, {});
  options.decodeStrings = true;

  this.fd = importFd(this, options);
  if (this.fd === null) {
    this.path = validatePath(path);
    setupFs(this, options, ['open', 'write', 'close']);
  } else {
    this.path = path == null ? undefined : path;
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (options.encoding) {
    if (!Buffer.isEncoding(options.encoding)) throw invalidArgValue('encoding', options.encoding);
    options.defaultEncoding = options.encoding;
  }
  Reflect.apply(Writable, this, [options]);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = val; },
  configurable: true,
});

WriteStream.prototype._construct = construct;

function writeAll(data, size, pos, cb, retries = 0) {
  this[kFs].write(this.fd, data, 0, size, pos === undefined ? null : pos, (er, bytesWritten) => {
    if (er && er.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (this.destroyed || er) return cb(er || codes.ERR_STREAM_DESTROYED('write'));
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (pos !== undefined) pos += bytesWritten;
    if (retries > 5) cb(new Error('writeAll failed'));
    else if (size) writeAll.call(this, data.subarray(bytesWritten), size, pos, cb, retries);
    else cb();
  });
}

WriteStream.prototype._write = function (data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll.call(this, data, data.length, this.pos, (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIoDone, er);
    }
    cb(er);
  });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function (data, cb) {
  const chunks = data.map((d) => d.chunk);
  const buf = Buffer.concat(chunks);
  this._write(buf, 'buffer', cb);
};

WriteStream.prototype._destroy = destroyImpl;

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
