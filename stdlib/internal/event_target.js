'use strict';
// The DOM's EventTarget and Event and the AbortController/AbortSignal
// pair built on them, as node 20's globals: listeners in the order they
// were added (a function or an object with handleEvent), `once`,
// `capture` (part of a listener's identity), `signal` (the
// listener goes when the signal aborts), stopImmediatePropagation,
// preventDefault for cancelable events; AbortSignal with `aborted`,
// `reason`, `onabort`, `throwIfAborted`, AbortSignal.abort, .timeout (an
// unref'd timer) and .any. An error thrown by a listener is reported as an
// uncaught exception on the next tick, as node does. There is no global
// DOMException yet: the default reasons are errors of this file's
// DOMException (name AbortError / TimeoutError, node's message and code).

const { makeNodeError, invalidArgType, missingArgs, validateObject } = require('internal/errors');
const { inspect } = require('kiln:util');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const codes = { AbortError: 20, TimeoutError: 23 };

class DOMException extends Error {
  constructor(message = '', name = 'Error') {
    super(message);
    Object.defineProperty(this, 'name', { value: name, writable: true, configurable: true });
  }

  get code() {
    return codes[this.name] || 0;
  }
}

const kEvent = Symbol('event');

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw missingArgs('type');
    if (options !== undefined && options !== null) validateObject(options, 'options');
    const o = options || {};
    this[kEvent] = {
      type: `${type}`, bubbles: Boolean(o.bubbles), cancelable: Boolean(o.cancelable), composed: Boolean(o.composed),
      defaultPrevented: false, target: null, currentTarget: null, phase: 0, stop: false, stopImmediate: false,
      timeStamp: typeof performance === 'object' && performance ? performance.now() : 0, passive: false,
    };
  }

  initEvent(type, bubbles = false, cancelable = false) {
    const e = this[kEvent];
    if (e.phase !== 0) return;
    e.type = `${type}`;
    e.bubbles = Boolean(bubbles);
    e.cancelable = Boolean(cancelable);
  }

  stopImmediatePropagation() {
    this[kEvent].stopImmediate = this[kEvent].stop = true;
  }

  preventDefault() {
    const e = this[kEvent];
    if (e.cancelable) e.defaultPrevented = true; // node 20 lets a passive listener prevent too
  }

  get target() { return this[kEvent].target; }
  get currentTarget() { return this[kEvent].currentTarget; }
  get srcElement() { return this[kEvent].target; }
  get type() { return this[kEvent].type; }
  get cancelable() { return this[kEvent].cancelable; }
  get defaultPrevented() { return this[kEvent].cancelable && this[kEvent].defaultPrevented; }
  get timeStamp() { return this[kEvent].timeStamp; }
  composedPath() { return this[kEvent].phase === 0 ? [] : [this[kEvent].currentTarget]; }
  get returnValue() { return !this.defaultPrevented; }
  get bubbles() { return this[kEvent].bubbles; }
  get composed() { return this[kEvent].composed; }
  get eventPhase() { return this[kEvent].phase; }
  get cancelBubble() { return this[kEvent].stop; }
  set cancelBubble(v) { if (v) this[kEvent].stop = true; }
  stopPropagation() { this[kEvent].stop = true; }
  get isTrusted() { return false; }

  [kInspect](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const e = this[kEvent];
    return `${name} ${inspect({ type: e.type, defaultPrevented: this.defaultPrevented, cancelable: e.cancelable,
      timeStamp: e.timeStamp }, options)}`;
  }
}
for (const [k, v] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, k, { value: v, enumerable: true });
  Object.defineProperty(Event.prototype, k, { value: v, enumerable: true });
}

const kListeners = Symbol('kEvents');

function flattenOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') return { capture: Boolean(options) };
  return options;
}

function listenersOf(target) {
  let m = target[kListeners];
  if (!m) {
    m = new Map();
    Object.defineProperty(target, kListeners, { value: m });
  }
  return m;
}

class EventTarget {
  addEventListener(type, listener, options = undefined) {
    if (arguments.length < 2) throw missingArgs('type', 'listener');
    const o = flattenOptions(options);
    const once = Boolean(o.once), capture = Boolean(o.capture), passive = Boolean(o.passive), signal = o.signal;
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !(kSignal in signal)))
      throw invalidArgType('options.signal', 'AbortSignal', signal);
    if (listener === null || listener === undefined) return;
    if (typeof listener !== 'function' && (typeof listener !== 'object'))
      throw invalidArgType('listener', 'EventListener', listener);
    if (signal && signal.aborted) return;
    type = `${type}`;
    const map = listenersOf(this);
    let list = map.get(type);
    if (!list) map.set(type, (list = []));
    if (list.some((l) => l.listener === listener && l.capture === capture && !l.removed)) return;
    const entry = { listener, capture, once, passive, removed: false };
    list.push(entry);
    if (signal) {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, { capture }), { once: true });
    }
  }

  removeEventListener(type, listener, options = undefined) {
    if (arguments.length < 2) throw missingArgs('type', 'listener');
    const capture = Boolean(flattenOptions(options).capture);
    const map = this[kListeners];
    const list = map && map.get(`${type}`);
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (i >= 0) {
      list[i].removed = true;
      list.splice(i, 1);
    }
  }

  dispatchEvent(event) {
    if (!(event instanceof Event)) throw invalidArgType('event', 'Event', event);
    const e = event[kEvent];
    if (e.phase !== 0) throw makeNodeError(Error, 'ERR_EVENT_RECURSION', `The event "${e.type}" is already being dispatched`);
    e.target = e.currentTarget = this;
    e.phase = 2;
    const map = this[kListeners];
    const list = map && map.get(e.type);
    if (list) {
      for (const l of list.slice()) {
        if (l.removed) continue;
        if (l.once) this.removeEventListener(e.type, l.listener, { capture: l.capture });
        e.passive = l.passive;
        try {
          const fn = typeof l.listener === 'function' ? l.listener : l.listener.handleEvent;
          if (typeof fn === 'function') {
            const result = Reflect.apply(fn, typeof l.listener === 'function' ? this : l.listener, [event]);
            if (result !== undefined && result !== null && typeof result.then === 'function')
              result.then(undefined, (err) => process.nextTick(() => { throw err; }));
          }
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
        e.passive = false;
        if (e.stopImmediate) break;
      }
    }
    e.currentTarget = null;
    e.phase = 0;
    return !event.defaultPrevented;
  }

  [kInspect](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({}, options)}`;
  }
}

// ---- AbortController and AbortSignal ---------------------------------------

const kSignal = Symbol('signal');
let constructing = false;

class AbortSignal extends EventTarget {
  constructor() {
    if (!constructing) throw makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    super();
    this[kSignal] = { aborted: false, reason: undefined, onabort: null };
  }

  get aborted() {
    return this[kSignal].aborted;
  }

  get reason() {
    return this[kSignal].reason;
  }

  throwIfAborted() {
    if (this[kSignal].aborted) throw this[kSignal].reason;
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const s = newSignal();
    s[kSignal].aborted = true;
    s[kSignal].reason = reason;
    return s;
  }

  static timeout(delay) {
    if (typeof delay !== 'number') throw invalidArgType('delay', 'number', delay);
    const s = newSignal();
    const t = setTimeout(() => abortSignal(s, new DOMException('The operation was aborted due to timeout', 'TimeoutError')), delay);
    if (t && typeof t.unref === 'function') t.unref();
    return s;
  }

  static any(signals) {
    if (signals === null || typeof signals !== 'object' || typeof signals[Symbol.iterator] !== 'function')
      throw invalidArgType('signals', 'Array', signals);
    const list = [...signals];
    list.forEach((s, i) => {
      if (s === null || typeof s !== 'object' || !(kSignal in s)) throw invalidArgType(`signals[${i}]`, 'AbortSignal', s);
    });
    const out = newSignal();
    for (const s of list) {
      if (s.aborted) {
        out[kSignal].aborted = true;
        out[kSignal].reason = s.reason;
        return out;
      }
    }
    for (const s of list) s.addEventListener('abort', () => abortSignal(out, s.reason), { once: true });
    return out;
  }

  [kInspect](depth, options) {
    if (depth < 0) return 'AbortSignal';
    return `AbortSignal ${inspect({ aborted: this.aborted }, options)}`;
  }
}

Object.defineProperty(AbortSignal.prototype, 'onabort', {
  get() { return this[kSignal].onabort; },
  set(fn) {
    const st = this[kSignal];
    if (st.onabortWrapper) this.removeEventListener('abort', st.onabortWrapper);
    st.onabort = typeof fn === 'function' || (fn !== null && typeof fn === 'object') ? fn : null;
    st.onabortWrapper = null;
    if (typeof fn === 'function') {
      st.onabortWrapper = function (ev) { return fn.call(this, ev); };
      this.addEventListener('abort', st.onabortWrapper);
    }
  },
  enumerable: true, configurable: true,
});
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

function newSignal() {
  constructing = true;
  try {
    return new AbortSignal();
  } finally {
    constructing = false;
  }
}

function abortSignal(signal, reason) {
  const st = signal[kSignal];
  if (st.aborted) return;
  st.aborted = true;
  st.reason = reason;
  signal.dispatchEvent(new Event('abort'));
}

class AbortController {
  constructor() {
    Object.defineProperty(this, kSignal, { value: newSignal() });
  }

  get signal() {
    return this[kSignal];
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this[kSignal], reason);
  }

  [kInspect](depth, options) {
    if (depth < 0) return 'AbortController';
    return `AbortController ${inspect({ signal: this.signal }, options)}`;
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

for (const C of [Event, EventTarget, AbortSignal, AbortController]) {
  for (const key of Object.getOwnPropertyNames(C.prototype)) {
    if (key === 'constructor' || /^[A-Z_]+$/.test(key)) continue;
    const d = Object.getOwnPropertyDescriptor(C.prototype, key);
    d.enumerable = true;
    Object.defineProperty(C.prototype, key, d);
  }
}

module.exports = { Event, EventTarget, AbortController, AbortSignal, DOMException };
