// The arguments object: mapped in sloppy functions, unmapped in strict.
function sloppy(a, b) {
  arguments[0] = 'changed';
  b = 'b-changed';
  return [a, arguments[1], arguments.length, typeof arguments.callee];
}
console.log(sloppy(1, 2), sloppy(1));
function strict(a) {
  'use strict';
  arguments[0] = 'changed';
  try { arguments.callee; } catch (e) { return [a, e.constructor.name]; }
}
console.log(strict(1));
function withDefaults(a = 0) { arguments[0] = 'x'; return a; }
console.log(withDefaults(5));
function spreadArgs() { return [...arguments]; }
console.log(spreadArgs(1, 'two', [3]));
function toStr() { return Object.prototype.toString.call(arguments); }
console.log(toStr());
function iter() { const out = []; for (const a of arguments) out.push(a); return out; }
console.log(iter('p', 'q'));
function lenChange() { arguments.length = 1; return Array.prototype.slice.call(arguments); }
console.log(lenChange(1, 2, 3));
function del(a) { delete arguments[0]; arguments[0] = 'new'; return a; }
console.log(del('orig'));
function outer() { const inner = () => arguments[0]; return inner('ignored'); }
console.log(outer('outer-arg'));
function rec(n) { return n <= 0 ? 0 : n + arguments.callee(n - 1); }
console.log(rec(4));
function printed() { return arguments; }
console.log(printed(1, 'a'));
