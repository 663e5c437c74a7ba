'use strict';
// The pipe of a child's stdin, stdout or stderr (child_process.js): an
// EventEmitter with the surface of node's net.Socket that programs use on
// a child's stdio — the Readable side ('data', 'end', 'close', 'error',
// setEncoding, pause/resume, pipe, readableEncoding, async iteration) and
// the Writable side (write, end, 'finish', 'close', 'error'). It sits on a
// pipe wrap of 'kiln:child_process': readStart/readStop deliver
// wrap.onread(n, chunk), write/shutdown complete through callbacks, and
// close releases the handle.
// TODO(#7): become a stream.Duplex once node:stream is in the stdlib.

const native = require('kiln:child_process');
const EventEmitter = require('events');
const { Buffer } = require('buffer');

const UV_EOF = -4095;

// Decodes chunks that may split a character: node's StringDecoder for the
// encodings that need it (utf8, utf16le, base64), plain toString otherwise.
class ChunkDecoder {
  constructor(encoding) {
    this.encoding = encoding;
    this.rest = Buffer.alloc(0);
  }

  // How many bytes at the end of [b] must wait for the next chunk.
  incomplete(b) {
    const n = b.length;
    switch (this.encoding) {
      case 'utf8': {
        for (let i = 1; i <= Math.min(3, n); i++) {
          const c = b[n - i];
          if ((c & 0xc0) === 0x80) continue;
          const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
          return need > i ? i : 0;
        }
        return 0;
      }
      case 'utf16le': return n % 2;
      case 'base64': return n % 3;
      default: return 0;
    }
  }

  write(chunk) {
    const b = this.rest.length ? Buffer.concat([this.rest, chunk]) : chunk;
    const keep = this.incomplete(b);
    this.rest = keep ? b.subarray(b.length - keep) : Buffer.alloc(0);
    return b.toString(this.encoding, 0, b.length - keep);
  }

  end() {
    const r = this.rest;
    this.rest = Buffer.alloc(0);
    return r.length ? r.toString(this.encoding) : '';
  }
}

class PipeSocket extends EventEmitter {
  constructor(wrap, readable, writable) {
    super();
    this._wrap = wrap;
    this.readable = readable;
    this.writable = writable;
    this.destroyed = false;
    this.readableFlowing = null;
    this.readableEnded = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this._decoder = null;
    this._buffered = [];
    this._eof = false;
    this._reading = false;
    this._pending = 0;          // writes in flight
    wrap.onread = (n, chunk) => this._onread(n, chunk);
  }

  // the child could not be spawned: nothing will ever flow
  _failed() {
    this._deadPipe = true;
  }

  get readableEncoding() {
    return this._decoder ? this._decoder.encoding : null;
  }

  // ---- Readable ----

  on(event, listener) {
    super.on(event, listener);
    if (event === 'data' && this.readableFlowing !== false) this.resume();
    return this;
  }

  addListener(event, listener) {
    return this.on(event, listener);
  }

  setEncoding(encoding) {
    const enc = Buffer.isEncoding(encoding) ? String(encoding).toLowerCase().replace('-', '') : 'utf8';
    const norm = { ucs2: 'utf16le', utf16le: 'utf16le', binary: 'latin1' }[enc] || enc;
    this._decoder = new ChunkDecoder(norm);
    return this;
  }

  resume() {
    if (this.destroyed) return this;
    this.readableFlowing = true;
    this._startReading();
    if (this._buffered.length || this._eof) process.nextTick(() => this._flush());
    return this;
  }

  pause() {
    if (this.readableFlowing !== false) this.readableFlowing = false;
    return this;
  }

  isPaused() {
    return this.readableFlowing === false;
  }

  _startReading() {
    if (this._reading || !this.readable || this._eof) return;
    this._reading = true;
    if (this._deadPipe) {
      process.nextTick(() => this._onread(UV_EOF));
      return;
    }
    const err = native.readStart(this._wrap);
    if (err < 0) process.nextTick(() => this._onread(err));
  }

  _onread(n, chunk) {
    if (this.destroyed) return;
    if (n > 0) {
      this._buffered.push(chunk);
    } else {
      this._eof = true;
      if (n !== UV_EOF) this._error = n;
    }
    if (this.readableFlowing) this._flush();
  }

  _flush() {
    while (this.readableFlowing && this._buffered.length && !this.destroyed) {
      const b = this._buffered.shift();
      const data = this._decoder ? this._decoder.write(b) : b;
      if (!this._decoder || data.length) this.emit('data', data);
    }
    if (this._eof && !this._buffered.length && !this.readableEnded && !this.destroyed) {
      if (this._error) {
        this.destroy(errnoException(this._error, 'read'));
        return;
      }
      if (this._decoder) {
        const tail = this._decoder.end();
        if (tail.length) this.emit('data', tail);
      }
      this.readableEnded = true;
      this.readable = false;
      this.emit('end');
      if (!this.writable || this.writableFinished) this.destroy();
    }
  }

  pipe(dest, options) {
    const end = !options || options.end !== false;
    this.on('data', (chunk) => {
      if (dest.write(chunk) === false && typeof dest.once === 'function') {
        this.pause();
        dest.once('drain', () => this.resume());
      }
    });
    if (end && dest !== process.stdout && dest !== process.stderr) this.on('end', () => dest.end());
    if (typeof dest.emit === 'function') dest.emit('pipe', this);
    return dest;
  }

  async *[Symbol.asyncIterator]() {
    const chunks = [];
    let done = false, failed = null, wake = null;
    this.on('data', (c) => {
      chunks.push(c);
      if (wake) wake();
    });
    this.on('end', () => {
      done = true;
      if (wake) wake();
    });
    this.on('error', (e) => {
      failed = e;
      if (wake) wake();
    });
    for (;;) {
      if (chunks.length) yield chunks.shift();
      else if (failed) throw failed;
      else if (done) return;
      else await new Promise((r) => (wake = r)).then(() => (wake = null));
    }
  }

  // ---- Writable ----

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.writableEnded || this.destroyed) {
      const { makeNodeError } = require('internal/errors');
      const e = makeNodeError(Error, this.destroyed ? 'ERR_STREAM_DESTROYED' : 'ERR_STREAM_WRITE_AFTER_END',
                              this.destroyed ? 'Cannot call write after a stream was destroyed' : 'write after end');
      process.nextTick(() => {
        if (cb) cb(e);
        this.emit('error', e);
      });
      return false;
    }
    let b;
    if (typeof chunk === 'string') b = Buffer.from(chunk, encoding || 'utf8');
    else if (chunk instanceof Uint8Array) b = chunk;
    else {
      const { invalidArgType } = require('internal/errors');
      throw invalidArgType('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    this._pending++;
    const err = native.write(this._wrap, b, (status) => this._written(status, cb));
    if (err < 0) process.nextTick(() => this._written(err, cb));
    return true;
  }

  _written(status, cb) {
    this._pending--;
    if (status < 0 && !this.destroyed) {
      const e = errnoException(status, 'write');
      if (cb) cb(e);
      this.destroy(e);
      return;
    }
    if (cb) cb(null);
    if (this._pending === 0 && this._ending) this._shutdown();
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk != null) this.write(chunk, encoding);
    if (cb) this.once('finish', cb);
    if (this.writableEnded) return this;
    this.writableEnded = true;
    this._ending = true;
    if (this._pending === 0) this._shutdown();
    return this;
  }

  _shutdown() {
    this._ending = false;
    if (this.destroyed) return;
    const done = () => {
      if (this.destroyed) return;
      this.writableFinished = true;
      this.writable = false;
      this.emit('finish');
      if (!this.readable || this.readableEnded) this.destroy();
    };
    if (native.shutdown(this._wrap, done) < 0) process.nextTick(done);
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.readable = false;
    this.writable = false;
    native.close(this._wrap, () => {
      if (err) this.emit('error', err);
      this.emit('close', !!err);
    });
    return this;
  }
}

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

module.exports = { PipeSocket, errnoException };
