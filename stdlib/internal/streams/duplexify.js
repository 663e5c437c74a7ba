'use strict';
// Duplex.from(body): a Duplex made of what [body] is: a Duplex itself; a
// Readable or Writable (the other side closed); { readable, writable }
// (writes go to one, reads come from the other); an iterable or async
// iterable (readable only); a promise (its value, readable only); an
// async generator function (writes feed its argument, its yields are
// read); an async function (writes feed it, its settling finishes the
// writable side).

const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const { invalidArgType } = require('internal/errors');
const u = require('internal/streams/util');
const { codes, AbortError, eos, destroyer } = u;

function isDuplexNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && obj._readableState && typeof obj.on === 'function' &&
            typeof obj.write === 'function');
}

function Duplexify(options) {
  Duplex.call(this, options);
  if (options && options.readable === false) {
    this._readableState.readable = false;
    this._readableState.ended = true;
    this._readableState.endEmitted = true;
  }
  if (options && options.writable === false) {
    this._writableState.writable = false;
    this._writableState.ending = true;
    this._writableState.ended = true;
    this._writableState.finished = true;
  }
}
Object.setPrototypeOf(Duplexify.prototype, Duplex.prototype);
Object.setPrototypeOf(Duplexify, Duplex);

function fromAsyncGen(fn) {
  let { promise, resolve } = withResolvers();
  // the signal the function gets; a plain stand-in where the program has no AbortController
  const ac = typeof AbortController === 'function' ? new AbortController() : {
    signal: { aborted: false, reason: undefined, addEventListener() {}, removeEventListener() {} },
    abort() {
      this.signal.aborted = true;
    },
  };
  const signal = ac.signal;
  const value = fn((async function* () {
    while (true) {
      const _promise = promise;
      promise = null;
      const { chunk, done, cb } = await _promise;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      ({ promise, resolve } = withResolvers());
      yield chunk;
    }
  })(), { signal });
  return {
    value,
    write(chunk, encoding, cb) {
      const _resolve = resolve;
      resolve = null;
      _resolve({ chunk, done: false, cb });
    },
    final(cb) {
      const _resolve = resolve;
      resolve = null;
      _resolve({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

function withResolvers() {
  let resolve, reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (u.isReadableNodeStream(body)) return fromPair({ readable: body });
  if (u.isWritableNodeStream(body)) return fromPair({ writable: body });
  if (u.isNodeStream(body)) return fromPair({ writable: false, readable: false });

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (u.isIterable(value)) {
      const d = new Duplexify({ objectMode: true, highWaterMark: 1, write, final });
      readFrom(d, value, destroy);
      return d;
    }
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw codes.ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => {
        destroyer(d, err);
      });
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw codes.ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (u.isIterable(body)) {
    const d = new Duplexify({ objectMode: true, highWaterMark: 1, writable: false });
    readFrom(d, body, (err, cb) => cb(err));
    return d;
  }

  if (body && typeof body.then === 'function') {
    let d;
    body.then((val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      destroyer(d, err);
    });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  if (typeof body === 'object' && body !== null) {
    if (body.readable || body.writable) {
      const readable = body.readable ? (u.isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable)) : undefined;
      return fromPair({ readable, writable: body.writable });
    }
  }
  throw invalidArgType(name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable',
                              'Function', '{ readable, writable } pair', 'Promise'], body);
}

// [d]'s readable side yields [iterable]'s values, as Readable.from does;
// destroying [d] ends the iteration, then calls [destroy].
function readFrom(d, iterable, destroy) {
  const isAsync = typeof iterable[Symbol.asyncIterator] === 'function';
  const iterator = isAsync ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
  let reading = false;
  d._read = function () {
    if (!reading) {
      reading = true;
      next();
    }
  };
  d._destroy = function (error, cb) {
    close(error).then(() => destroy(error, (e) => process.nextTick(cb, e)),
                      (e) => destroy(e || error, (e2) => process.nextTick(cb, e2)));
  };
  async function close(error) {
    if (error != null && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }
  async function next() {
    for (;;) {
      try {
        const { value, done } = isAsync ? await iterator.next() : iterator.next();
        if (done) {
          d.push(null);
        } else {
          const res = value && typeof value.then === 'function' ? await value : value;
          if (res === null) {
            reading = false;
            throw codes.ERR_STREAM_NULL_VALUES();
          } else if (d.push(res)) {
            continue;
          } else {
            reading = false;
          }
        }
      } catch (err) {
        d.destroy(err);
      }
      break;
    }
  }
}

// A Duplex over a readable and/or a writable stream.
function fromPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ? Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;
  let readable = !!u.isReadable(r);
  let writable = !!u.isWritable(w);
  let ondrain, onfinish, onreadable, onclose, d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  d = new Duplexify({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    d._write = function (chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function (callback) {
      w.end();
      onfinish = callback;
    };
    w.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    w.on('finish', () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    r.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    r.on('end', () => {
      d.push(null);
    });
    d._read = function () {
      while (true) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };
  return d;
}

module.exports = { duplexify, isDuplexNodeStream };
