'use strict';
// process warnings as node prints them on stderr, a tick after they are
// raised: "(node:PID) [CODE] Name: message", with the hint about
// --trace-warnings after the first one; 'warning' listeners of process are
// called first.

const { validateString, invalidArgType } = require('internal/errors');

let hinted = false;

function print(warning) {
  if (typeof process.emit === 'function') process.emit('warning', warning);
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!hinted) {
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
    hinted = true;
  }
  process.stderr.write(`${msg}\n`);
}

// process.emitWarning(warning[, type[, code]]) / (warning, {type, code, detail})
function emitWarning(warning, type, code) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (code !== undefined) validateString(code, 'code');
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw invalidArgType('warning', ['Error', 'string'], warning);
  }
  process.nextTick(print, warning);
}

// A plain Error named [name] carrying [props] (node's genericNodeError).
function warningError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

module.exports = { emitWarning, warningError };
