// new.target, super.x and arguments inside direct eval code: the caller's,
// where the caller allows them; a SyntaxError where it does not.
function F() { return eval("new.target"); }
console.log(new F() === F ? "new.target is F" : "?", F() === undefined);
function G() { return (() => eval("new.target"))(); }
console.log(new G() === G);
class A { greet() { return "A.greet"; } }
class B extends A {
  greet() { return eval("super.greet()") + " via B"; }
  arrow() { return (() => eval("super.greet"))() === A.prototype.greet; }
}
console.log(new B().greet(), new B().arrow());
var o = { __proto__: { v: 42 }, m() { return eval("super.v"); } };
console.log(o.m());
function args() { return eval("arguments.length + ':' + arguments[1]"); }
console.log(args(1, 2, 3));
function name(f) { try { return f(); } catch (e) { return e.constructor.name; } }
console.log(name(() => eval("new.target")));
console.log(name(function () { return eval("super.x"); }));
console.log(name(() => eval("(function () { return new.target; })()")));
// strict callers give strict eval code
console.log(name(function () { "use strict"; return eval("with ({}) {}"); }));
