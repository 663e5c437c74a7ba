'use strict';
// node:readline/promises — an Interface whose question() returns a promise
// (rejected with an AbortError when its signal aborts, with
// ERR_USE_AFTER_CLOSE once closed), and createInterface.

const Base = require('internal/readline/interface');
const { kQuestion } = Base;

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  Reflect.apply(Base.Interface, this, [input, output, completer, terminal]);
}
Object.setPrototypeOf(Interface.prototype, Base.Interface.prototype);
Object.setPrototypeOf(Interface, Base.Interface);

Interface.prototype.question = function question(query, options = {}) {
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (options !== null && typeof options === 'object' && options.signal) {
      const signal = options.signal;
      const { AbortError } = require('internal/streams/util');
      if (signal.aborted) return reject(new AbortError(undefined, { cause: signal.reason }));
      const onAbort = () => reject(new AbortError(undefined, { cause: signal.reason }));
      signal.addEventListener('abort', onAbort, { once: true });
      cb = (answer) => {
        signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    this[kQuestion](query, cb);
  });
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, createInterface };
