// Sloppy-mode mapped arguments: arguments[i] and parameter i are one variable
// for i < arguments.length; strict mode and non-simple parameters unmap.
function f(a, b) { arguments[0] = "changed"; b = "b changed"; return [a, arguments[1], arguments.length]; }
console.log(f(1, 2), f(1));
// delete unmaps; a later write creates an ordinary property
function d(a) { delete arguments[0]; arguments[0] = 5; a = 6; return [a, arguments[0]]; }
console.log(d(1));
// captured parameters stay aliased
function cl(a) { const g = () => a; const s = (v) => { a = v; }; arguments[0] = 7; const r = [g(), a]; s(8); return r.concat(arguments[0]); }
console.log(cl(1));
// duplicate names: only the last is mapped
function dup(a, a) { arguments[1] = 3; arguments[0] = 9; return a; }
console.log(dup(1, 2));
// defineProperty: a value updates the parameter; read-only then unmaps
function dp(a) {
  Object.defineProperty(arguments, "0", { value: 2 });
  const x = a;
  Object.defineProperty(arguments, "0", { value: 3, writable: false });
  const y = a;
  a = 4;
  return [x, y, a, arguments[0]];
}
console.log(dp(1));
// accessor unmaps
function acc(a) { Object.defineProperty(arguments, "0", { get() { return "g"; } }); a = 2; return [a, arguments[0]]; }
console.log(acc(1));
// strict functions and non-simple parameter lists do not map
function st(a) { "use strict"; arguments[0] = 2; a = 3; return [a, arguments[0]]; }
console.log(st(1));
function df(a = 0) { arguments[0] = 99; return a; }
console.log(df(1));
function rs(a, ...r) { arguments[0] = 5; return a; }
console.log(rs(1, 2));
// the object itself still behaves like arguments
function obj(a, b) { a = "A"; return [Array.from(arguments), [...arguments], Object.keys(arguments), JSON.stringify(arguments), Array.prototype.slice.call(arguments, 1)]; }
console.log(obj(1, 2, 3));
function loop(a, b, c) { for (let i = 0; i < arguments.length; i++) arguments[i] *= 10; return a + b + c; }
console.log(loop(1, 2, 3));
function inc(n) { arguments[0]++; n++; return arguments[0]; }
console.log(inc(1));
