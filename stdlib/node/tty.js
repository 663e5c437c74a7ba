'use strict';
// node's tty: isatty, ReadStream and WriteStream. The terminal work
// (isatty, the window size, raw mode, getColorDepth's decision over the
// environment) is C in 'kiln:tty' (runtime/node/tty.c), shared with
// process.stdout/stderr, which have the same methods when they are
// terminals. A ReadStream reads and a WriteStream writes its descriptor
// through fs (the libuv threadpool), as streams of node:stream.

const native = require('kiln:tty');
const fs = require('fs');
const { Readable, Writable } = require('stream');
const { makeNodeError } = require('internal/errors');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && native.isatty(fd);
}

function checkFd(fd) {
  if (fd >> 0 !== fd || fd < 0) throw makeNodeError(RangeError, 'ERR_INVALID_FD', `"fd" must be a positive integer: ${fd}`);
  if (!native.isatty(fd)) {
    // node's SystemError from uv_tty_init
    const e = makeNodeError(Error, 'ERR_TTY_INIT_FAILED',
                            'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)');
    e.name = 'SystemError';
    e.info = { errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init' };
    Object.defineProperty(e, 'errno', { enumerable: true, configurable: true, get() { return e.info.errno; } });
    Object.defineProperty(e, 'syscall', { enumerable: true, configurable: true, get() { return e.info.syscall; } });
    delete e.name;
    Object.defineProperty(e, 'name', { value: 'SystemError', configurable: true, writable: true });
    throw e;
  }
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  checkFd(fd);
  Readable.call(this, { highWaterMark: 0, ...options });
  this.fd = fd;
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

ReadStream.prototype._read = function (n) {
  const buf = Buffer.allocUnsafe(65536);
  fs.read(this.fd, buf, 0, buf.length, null, (err, bytes) => {
    if (err) this.destroy(err);
    else this.push(bytes > 0 ? buf.subarray(0, bytes) : null);
  });
};

ReadStream.prototype.setRawMode = function (flag) {
  flag = !!flag;
  const err = native.setRawMode(this.fd, flag);
  if (err) {
    const { errnoException } = require('internal/child_pipe');
    this.emit('error', errnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  checkFd(fd);
  Writable.call(this);
  this.fd = fd;
  const size = native.getWindowSize(fd);
  if (Array.isArray(size)) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

WriteStream.prototype.isTTY = true;
WriteStream.prototype._write = function (chunk, encoding, cb) {
  fs.write(this.fd, chunk, (err) => cb(err));
};
WriteStream.prototype._refreshSize = function () {
  const oldCols = this.columns, oldRows = this.rows;
  const size = native.getWindowSize(this.fd);
  if (!Array.isArray(size)) return;
  this.columns = size[0];
  this.rows = size[1];
  if (oldCols !== this.columns || oldRows !== this.rows) this.emit('resize');
};
for (const name of Object.getOwnPropertyNames(native.streamMethods)) {
  if (name !== 'getWindowSize') WriteStream.prototype[name] = native.streamMethods[name];
}
WriteStream.prototype.getWindowSize = function () {
  return [this.columns, this.rows];
};

module.exports = { isatty, ReadStream, WriteStream };
