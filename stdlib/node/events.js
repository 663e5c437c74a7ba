'use strict';
// node:events — EventEmitter as node 20 has it, observable detail included:
// the own properties an emitter has (_events, a null-prototype object
// holding one function or an array of them per event, _eventsCount,
// _maxListeners, and the shapeMode/kCapture symbols, so console.log prints
// what node prints), once() listeners as a bound "onceWrapper" with a
// `listener` property, 'newListener' before and 'removeListener' after a
// change, an emit that calls a copy of the listener list, and the
// unhandled 'error' that throws the error itself or ERR_UNHANDLED_ERROR.
// Also events.once (a promise), events.on (an async iterator),
// captureRejections and errorMonitor.

const { inspect } = require('kiln:util');
const {
  invalidArgType, unhandledError, validateFunction, validateNumber, outOfRange,
} = require('internal/errors');
const { emitWarning, warningError } = require('internal/warning');

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');

let defaultMaxListeners = 10;

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'boolean', value);
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

module.exports = EventEmitter;
module.exports.addAbortListener = addAbortListener;
module.exports.once = once;
module.exports.on = on;
module.exports.getEventListeners = getEventListeners;
module.exports.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true,
  configurable: true,
  get() { throw new Error('events.EventEmitterAsyncResource: not supported yet (needs async_hooks)'); },
  set: undefined,
});
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter.prototype, kCapture, { value: false, writable: true, enumerable: false });
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(n) {
    validateNumber(n, 'defaultMaxListeners', 0);
    defaultMaxListeners = n;
  },
});
Object.defineProperty(EventEmitter, 'kMaxEventTargetListeners', { value: kMaxEventTargetListeners });
Object.defineProperty(EventEmitter, 'kMaxEventTargetListenersWarned', { value: kMaxEventTargetListenersWarned });

EventEmitter.setMaxListeners = function (n = defaultMaxListeners, ...targets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (targets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const t of targets) {
    if (t && typeof t.setMaxListeners === 'function') t.setMaxListeners(n);
    else if (t && typeof t.addEventListener === 'function') {
      t[kMaxEventTargetListeners] = n;
      t[kMaxEventTargetListenersWarned] = false;
    } else throw invalidArgType('eventTargets', ['EventEmitter', 'EventTarget'], t);
  }
};

EventEmitter.init = function (opts) {
  // a subclass prototype may carry _events of its own: keep them shared
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

function hasListeners(self, type) {
  if (type === undefined) return self._events !== undefined;
  return self._events !== undefined && self._events[type] !== undefined;
}

// captureRejections: a listener's rejected promise becomes an 'error'
// event (or a call of emitter[Symbol.for('nodejs.rejection')]) a tick later.
function catchRejection(ee, promise, type, args) {
  if (!ee[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function')
      then.call(promise, undefined, (err) => process.nextTick(rejectionToError, ee, err, type, args));
  } catch (err) {
    ee.emit('error', err);
  }
}

function rejectionToError(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
    return;
  }
  const saved = ee[kCapture];
  try {
    ee[kCapture] = false;
    ee.emit('error', err);
  } finally {
    ee[kCapture] = saved;
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function maxListenersOf(ee) {
  return ee._maxListeners === undefined ? EventEmitter.defaultMaxListeners : ee._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  let unhandled = type === 'error';
  if (events !== undefined) {
    if (unhandled && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    unhandled = unhandled && events.error === undefined;
  } else if (!unhandled) {
    return false;
  }
  if (unhandled) {
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) throw er; // Unhandled 'error' event
    let shown;
    try {
      shown = inspect(er);
    } catch {
      shown = er;
    }
    const err = unhandledError(shown);
    err.context = er;
    throw err; // Unhandled 'error' event
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const r = handler.apply(this, args);
    if (r !== undefined && r !== null) catchRejection(this, r, type, args);
  } else {
    // listeners added or removed during the emit do not change this one
    const list = handler.slice();
    for (let i = 0; i < list.length; i++) {
      const r = list[i].apply(this, args);
      if (r !== undefined && r !== null) catchRejection(this, r, type, args);
    }
  }
  return true;
};

function _addListener(ee, type, listener, prepend) {
  validateFunction(listener, 'listener');
  let events = ee._events;
  let existing;
  if (events === undefined) {
    events = ee._events = { __proto__: null };
    ee._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      ee.emit('newListener', type, listener.listener ?? listener);
      events = ee._events; // a newListener listener may have replaced it
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++ee._eventsCount;
    return ee;
  }
  if (typeof existing === 'function') existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  else if (prepend) existing.unshift(listener);
  else existing.push(listener);
  const m = maxListenersOf(ee);
  if (m > 0 && existing.length > m && !existing.warned) {
    existing.warned = true;
    const w = warningError(
      `Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} listeners ` +
      `added to ${inspect(ee, { depth: -1 })}. MaxListeners is ${m}. Use emitter.setMaxListeners() to increase limit`,
      { name: 'MaxListenersExceededWarning', emitter: ee, type, count: existing.length });
    emitWarning(w);
  }
  return ee;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

// The listener once() registers: removes itself, then calls the original.
// `this` is its state; it is bound, so console.log shows
// "[Function: bound onceWrapper] { listener: [Function: f] }" as in node.
function onceWrapper(...args) {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapFn);
  this.fired = true;
  return this.listener.apply(this.target, args);
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener');
  if (!hasListeners(this, type)) return this;
  const events = this._events;
  const list = events[type];
  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    // the last registration of that listener goes
    let at = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        at = i;
        break;
      }
    }
    if (at < 0) return this;
    list.splice(at, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  if (!hasListeners(this)) return this;
  const events = this._events;
  const all = arguments.length === 0;
  if (events.removeListener === undefined) {
    // nobody listens for removals: drop without telling
    if (all) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }
  if (all) {
    for (const key of Reflect.ownKeys(events)) if (key !== 'removeListener') this.removeAllListeners(key);
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') this.removeListener(type, listeners);
  else if (listeners !== undefined)
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  return this;
};

function listenersOf(ee, type, unwrap) {
  if (!hasListeners(ee, type)) return [];
  const l = ee._events[type];
  if (typeof l === 'function') return [unwrap ? l.listener || l : l];
  const copy = l.slice();
  if (unwrap) for (let i = 0; i < copy.length; i++) if (typeof copy[i].listener === 'function') copy[i] = copy[i].listener;
  return copy;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const l = events[type];
  const matches = (f) => f === listener || f.listener === listener;
  if (typeof l === 'function') return listener != null ? (matches(l) ? 1 : 0) : 1;
  if (l === undefined) return 0;
  if (listener == null) return l.length;
  let n = 0;
  for (const f of l) if (matches(f)) n++;
  return n;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

function getEventListeners(target, type) {
  if (target && typeof target.listeners === 'function') return target.listeners(type);
  throw invalidArgType('emitter', ['EventEmitter', 'EventTarget'], target);
}

function getMaxListeners(target) {
  if (typeof target?.getMaxListeners === 'function') return maxListenersOf(target);
  if (target?.[kMaxEventTargetListeners]) return target[kMaxEventTargetListeners];
  throw invalidArgType('emitter', ['EventEmitter', 'EventTarget'], target);
}

function abortError(signal) {
  const err = new Error('The operation was aborted', { cause: signal?.reason });
  err.code = 'ABORT_ERR';
  err.name = 'AbortError';
  return err;
}

function validateSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal)))
    throw invalidArgType(name, 'AbortSignal', signal);
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw invalidArgType('signal', 'AbortSignal', signal);
  validateSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let removed = false;
  if (signal.aborted) queueMicrotask(() => listener());
  else signal.addEventListener('abort', listener, { once: true });
  return {
    [Symbol.dispose || Symbol.for('nodejs.dispose')]() {
      if (!removed) {
        removed = true;
        signal.removeEventListener?.('abort', listener);
      }
    },
  };
}

function addTo(emitter, name, listener, once) {
  if (typeof emitter.on === 'function') {
    if (once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, { once });
  } else {
    throw invalidArgType('emitter', 'EventEmitter', emitter);
  }
}

function removeFrom(emitter, name, listener) {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === 'function') emitter.removeEventListener(name, listener);
  else throw invalidArgType('emitter', 'EventEmitter', emitter);
}

// events.once(emitter, name[, {signal}]): the arguments of the next [name]
// event as an array; an 'error' event first rejects.
async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  validateSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      emitter.removeListener(name, onEvent);
      if (signal != null) removeFrom(signal, 'abort', onAbort);
      reject(err);
    };
    const onEvent = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
      if (signal != null) removeFrom(signal, 'abort', onAbort);
      resolve(args);
    };
    addTo(emitter, name, onEvent, true);
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', onError);
    function onAbort() {
      removeFrom(emitter, name, onEvent);
      removeFrom(emitter, 'error', onError);
      reject(abortError(signal));
    }
    if (signal != null) addTo(signal, 'abort', onAbort, true);
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function validateInteger(value, name, min) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > Number.MAX_SAFE_INTEGER)
    throw outOfRange(name, `>= ${min} && <= ${Number.MAX_SAFE_INTEGER}`, value);
}

// events.on(emitter, name[, options]): an async iterator over the
// arguments arrays of [name] events; events that arrive while nobody waits
// are queued, an 'error' event ends the iteration by rejecting.
function on(emitter, event, options = {}) {
  const signal = options.signal;
  validateSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  const high = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(high, 'options.highWaterMark', 1);
  const low = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(low, 'options.lowWaterMark', 1);
  const events = [];   // arrived, not yet consumed
  const waiting = [];  // {resolve, reject} of next() calls not yet answered
  const added = [];
  let paused = false, error = null, finished = false;

  const done = () => ({ value: undefined, done: true });
  function close() {
    if (abortDisposable) abortDisposable();
    while (added.length > 0) removeFrom(...added.pop());
    finished = true;
    while (waiting.length > 0) waiting.shift().resolve(done());
    return Promise.resolve(done());
  }
  function onEvent(...args) {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: args, done: false });
      return;
    }
    events.push(args);
    if (!paused && events.length > high && typeof emitter.pause === 'function') {
      paused = true;
      emitter.pause();
    }
  }
  function onError(err) {
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    close();
  }
  const iterator = Object.setPrototypeOf({
    next() {
      if (events.length > 0) {
        const value = events.shift();
        if (paused && events.length < low) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return close();
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      return close();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) throw invalidArgType('EventEmitter.AsyncIterator', 'Error', err);
      onError(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);
  const listen = (name, fn) => {
    addTo(emitter, name, fn, false);
    added.push([emitter, name, fn]);
  };
  listen(event, onEvent);
  if (event !== 'error' && typeof emitter.on === 'function') listen('error', onError);
  const closeEvents = options?.close;
  if (closeEvents?.length) for (const c of closeEvents) listen(c, close);
  let abortDisposable = null;
  if (signal) {
    const onAbort = () => onError(abortError(signal));
    addTo(signal, 'abort', onAbort, true);
    abortDisposable = () => removeFrom(signal, 'abort', onAbort);
  }
  return iterator;
}
