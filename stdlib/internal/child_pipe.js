'use strict';
// The pipe of a child's stdin, stdout or stderr (child_process.js): a
// stream.Duplex, as node's net.Socket for a child's stdio is: writable
// always (like node's), readable except for stdin. It sits on a pipe wrap of 'kiln:child_process':
// readStart/readStop deliver wrap.onread(n, chunk) (n < 0: UV_EOF or an
// errno), write and shutdown complete through callbacks, and close
// releases the handle, after which the stream emits 'close'.

const native = require('kiln:child_process');
const { Duplex } = require('stream');
const { Buffer } = require('buffer');

const UV_EOF = -4095;

// node's ErrnoException: "<syscall> <CODE>" with errno, code and syscall
// (made here, in an internal module, so that the stack starts at the
// public function).
function errnoException(err, syscall) {
  const code = native.errname(err);
  const e = new Error(`${syscall} ${code}`);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  return e;
}

class PipeSocket extends Duplex {
  constructor(wrap, readable, writable) {
    super({ readable, writable, allowHalfOpen: false });
    this._wrap = wrap;
    this._reading = false;
    this._closed = false;
    this._dead = false;
    wrap.onread = (n, chunk) => this._onread(n, chunk);
  }

  // the child could not be spawned: its pipes carry nothing
  _failed() {
    this._dead = true;
  }

  _read() {
    if (this._reading) return;
    this._reading = true;
    if (this._dead) {
      this.push(null);
      return;
    }
    const err = native.readStart(this._wrap);
    if (err < 0) this.destroy(errnoException(err, 'read'));
  }

  _onread(n, chunk) {
    if (n > 0) {
      if (!this.push(chunk)) {
        this._reading = false;
        native.readStop(this._wrap);
      }
    } else if (n === UV_EOF) {
      this._reading = false;
      this.push(null);
    } else {
      this.destroy(errnoException(n, 'read'));
    }
  }

  _write(chunk, encoding, cb) {
    if (this._dead) {
      cb(errnoException(-32 /* EPIPE */, 'write'));
      return;
    }
    const b = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    const err = native.write(this._wrap, b, (status) => cb(status < 0 ? errnoException(status, 'write') : null));
    if (err < 0) cb(errnoException(err, 'write'));
  }

  _final(cb) {
    if (this._dead || native.shutdown(this._wrap, () => cb()) < 0) cb();
  }

  _destroy(err, cb) {
    if (this._closed) {
      cb(err);
      return;
    }
    this._closed = true;
    native.close(this._wrap, () => cb(err));
  }

  ref() {
    if (!this._closed) native.ref(this._wrap, true);
    return this;
  }

  unref() {
    if (!this._closed) native.ref(this._wrap, false);
    return this;
  }
}

module.exports = { PipeSocket, errnoException };
