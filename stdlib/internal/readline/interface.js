'use strict';
// readline's Interface as node 20 has it for streams that are not
// terminals: input is decoded as UTF-8 and cut into lines at \n, \r\n or
// \r (a \n that follows a \r within crlfDelay ms, even in the next chunk,
// ends no second line); each becomes a 'line' event, or the answer of a
// pending question(). At the input's end the last unterminated line is
// emitted and the interface closes ('close'), pausing its input. Async
// iteration yields lines emitted from then on, pausing the input while
// more than 1024 wait. The cursor helpers write ANSI escapes.
//
// A terminal (output.isTTY, or terminal: true) is read the same way, in
// the terminal's own line mode: kiln has no line editing, history or
// completion yet.

const EventEmitter = require('events');
const { StringDecoder } = require('internal/string_decoder');
const { makeNodeError, invalidArgType, invalidArgValue, validateFunction, validateNumber } = require('internal/errors');

const kMincrlfDelay = 100;
const lineEnding = /\r?\n|\r(?!\n)/g;

const kQuestionCallback = Symbol('kQuestionCallback');
const kLineBuffer = Symbol('kLineBuffer');
const kSawReturnAt = Symbol('kSawReturnAt');
const kDecoder = Symbol('kDecoder');
const kPrompt = Symbol('kPrompt');
const kOldPrompt = Symbol('kOldPrompt');
const kOnLine = Symbol('kOnLine');
const kNormalWrite = Symbol('kNormalWrite');
const kQuestion = Symbol('kQuestion');
const kLineIterator = Symbol('kLineIterator');

function useAfterClose() {
  return makeNodeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
}

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  let history, historySize, removeHistoryDuplicates = false, crlfDelay, prompt = '> ', signal, tabSize;
  if (input && input.input) {
    // an options object
    const opts = input;
    output = opts.output;
    completer = opts.completer;
    terminal = opts.terminal;
    history = opts.history;
    historySize = opts.historySize;
    signal = opts.signal;
    tabSize = opts.tabSize;
    if (tabSize !== undefined) validateNumber(tabSize, 'tabSize', 1);
    removeHistoryDuplicates = opts.removeHistoryDuplicates;
    if (opts.prompt !== undefined) prompt = opts.prompt;
    crlfDelay = opts.crlfDelay;
    input = opts.input;
  }
  if (completer !== undefined && typeof completer !== 'function') throw invalidArgValue('completer', completer);
  if (history === undefined) history = [];
  else if (!Array.isArray(history)) throw invalidArgType('history', 'Array', history);
  if (historySize === undefined) historySize = 30;
  if (typeof historySize !== 'number' || Number.isNaN(historySize) || historySize < 0) {
    const { outOfRange } = require('internal/errors');
    throw makeNodeError(RangeError, 'ERR_INVALID_ARG_VALUE',
                        `The argument 'historySize' must be a positive number. Received ${require('kiln:util').inspect(historySize)}`);
  }
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

  this.line = '';
  this.cursor = 0;
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
  this.completer = completer;
  this.tabSize = tabSize || 8;
  this.output = output;
  this.input = input;
  this.terminal = !!terminal;
  this.closed = false;
  this.paused = false;
  this[kPrompt] = prompt;
  this[kOldPrompt] = prompt;
  this[kQuestionCallback] = null;
  this[kLineBuffer] = null;
  this[kSawReturnAt] = 0;
  this[kDecoder] = new StringDecoder('utf8');

  const self = this;
  function onerror(err) {
    self.emit('error', err);
  }
  function ondata(data) {
    self[kNormalWrite](data);
  }
  function onend() {
    if (typeof self[kLineBuffer] === 'string' && self[kLineBuffer].length > 0) self.emit('line', self[kLineBuffer]);
    self.close();
  }
  input.on('error', onerror);
  input.on('data', ondata);
  input.on('end', onend);
  this.once('close', () => {
    input.removeListener('data', ondata);
    input.removeListener('error', onerror);
    input.removeListener('end', onend);
  });

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) process.nextTick(onAborted);
    else {
      signal.addEventListener('abort', onAborted, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  configurable: true,
  enumerable: true,
  get() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  },
});

Interface.prototype.setPrompt = function (prompt) {
  this[kPrompt] = prompt;
};

Interface.prototype.getPrompt = function () {
  return this[kPrompt];
};

Interface.prototype.prompt = function (preserveCursor) {
  if (this.paused) this.resume();
  if (this.closed) throw useAfterClose();
  if (this.output !== null && this.output !== undefined) this.output.write(this[kPrompt]);
};

Interface.prototype[kQuestion] = function (query, cb) {
  if (this.closed) throw useAfterClose();
  if (this[kQuestionCallback]) {
    this.prompt();
  } else {
    this[kOldPrompt] = this[kPrompt];
    this.setPrompt(query);
    this[kQuestionCallback] = cb;
    this.prompt();
  }
};

Interface.prototype.question = function (query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object' && options.signal) {
    const signal = options.signal;
    if (signal.aborted) return;
    const onAbort = () => {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const original = cb;
    cb = typeof original === 'function' ? (answer) => {
      signal.removeEventListener('abort', onAbort);
      original(answer);
    } : original;
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

Interface.prototype.question[Symbol.for('nodejs.util.promisify.custom')] = function question(query, options) {
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (options && options.signal) {
      const signal = options.signal;
      if (signal.aborted) {
        const { AbortError } = require('internal/streams/util');
        return reject(new AbortError(undefined, { cause: signal.reason }));
      }
      const onAbort = () => {
        const { AbortError } = require('internal/streams/util');
        reject(new AbortError(undefined, { cause: signal.reason }));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      cb = (answer) => {
        signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

Interface.prototype[kOnLine] = function (line) {
  if (this[kQuestionCallback]) {
    const cb = this[kQuestionCallback];
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype[kNormalWrite] = function (b) {
  if (b === undefined) return;
  let string = this[kDecoder].write(b);
  if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
    if (string.codePointAt(0) === 10) string = string.slice(1);
    this[kSawReturnAt] = 0;
  }
  if (this[kLineBuffer]) {
    string = this[kLineBuffer] + string;
    this[kLineBuffer] = null;
  }
  lineEnding.lastIndex = 0;
  let m = lineEnding.exec(string);
  if (m) {
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    const lines = [];
    let start = 0;
    while (m) {
      lines.push(string.slice(start, m.index));
      start = lineEnding.lastIndex;
      m = lineEnding.exec(string);
    }
    this[kLineBuffer] = string.slice(start);
    for (const line of lines) {
      this[kOnLine](line);
      if (this.closed) return;
    }
  } else if (string) {
    this[kLineBuffer] = string;
  }
};

Interface.prototype.close = function () {
  if (this.closed) return;
  this.pause();
  this.closed = true;
  this.emit('close');
};

Interface.prototype.pause = function () {
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function () {
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.write = function (d, key) {
  if (this.paused) this.resume();
  if (this.closed) throw useAfterClose();
  this[kNormalWrite](d);
};

Interface.prototype.getCursorPos = function () {
  const col = this.cursor + this[kPrompt].length;
  const cols = this.columns;
  if (cols === Infinity) return { rows: 0, cols: col };
  return { rows: Math.floor(col / cols), cols: col % cols };
};

// The lines from now on; input pauses while more than 1024 wait unread.
Interface.prototype[Symbol.asyncIterator] = function () {
  if (this[kLineIterator] !== undefined) return this[kLineIterator];
  const rl = this;
  const queue = [];
  let waiting = null;
  let done = false;
  let error = null;
  const highWatermark = 1024;
  const settle = () => {
    if (!waiting) return;
    const { resolve, reject } = waiting;
    if (queue.length > 0) {
      waiting = null;
      const value = queue.shift();
      if (rl.paused && !done && queue.length < highWatermark) rl.resume();
      resolve({ value, done: false });
    } else if (error) {
      waiting = null;
      const e = error;
      error = null;
      done = true;
      reject(e);
    } else if (done) {
      waiting = null;
      resolve({ value: undefined, done: true });
    }
  };
  const online = (line) => {
    queue.push(line);
    if (queue.length > highWatermark && !rl.paused) rl.pause();
    settle();
  };
  const onclose = () => {
    done = true;
    cleanup();
    settle();
  };
  const onerror = (err) => {
    error = err;
    cleanup();
    settle();
  };
  function cleanup() {
    rl.removeListener('line', online);
    rl.removeListener('close', onclose);
    rl.removeListener('error', onerror);
  }
  rl.on('line', online);
  rl.on('close', onclose);
  rl.on('error', onerror);
  const iterator = {
    next() {
      if (queue.length > 0) {
        const value = queue.shift();
        if (rl.paused && !done && queue.length < highWatermark) rl.resume();
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const e = error;
        error = null;
        done = true;
        return Promise.reject(e);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
      });
    },
    return() {
      done = true;
      queue.length = 0;
      cleanup();
      rl.close();
      settle();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      done = true;
      cleanup();
      rl.close();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  this[kLineIterator] = iterator;
  return iterator;
};

// --- the cursor helpers -------------------------------------------------

const CSI = '\x1b[';

function invalidCursorPos() {
  return makeNodeError(TypeError, 'ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column');
}

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw invalidArgValue('x', x);
  if (Number.isNaN(y)) throw invalidArgValue('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  if (typeof x !== 'number') throw invalidCursorPos();
  const data = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  const type = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
  return stream.write(type, callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(`${CSI}0J`, callback);
}

function emitKeypressEvents(stream) {
  // keypress decoding needs terminal mode, which kiln's readline lacks
  void stream;
}

module.exports = {
  Interface, cursorTo, moveCursor, clearLine, clearScreenDown, emitKeypressEvents, kQuestion, useAfterClose,
};
