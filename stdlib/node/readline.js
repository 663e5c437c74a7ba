'use strict';
// node:readline — createInterface/Interface over any readable stream
// (stdlib/internal/readline/interface.js), the cursor helpers, and
// readline.promises.

const {
  Interface, cursorTo, moveCursor, clearLine, clearScreenDown, emitKeypressEvents,
} = require('internal/readline/interface');

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('readline/promises'); },
});
