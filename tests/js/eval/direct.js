// Direct eval: eval(...) by name compiles the string against the caller's
// scope (its bindings, `this`, `arguments`).
function f(a) {
  var b = 2;
  let c = 3;
  const d = 4;
  var r = eval("a + b + c + d");
  eval("b = 20; a = 10");
  return [r, a, b, eval("this === globalThis"), eval("arguments.length")];
}
console.log(f(1));
var obj = { m() { return eval("this.v"); }, v: 7 };
console.log(obj.m());
// strict eval code has its own var scope
function g() { "use strict"; var x = 1; eval("var x = 5; x"); return x; }
console.log(g());
// sloppy eval code assigns the function's existing var
function h() { var x = 1; eval("var x = 5"); return x; }
console.log(h());
// one site evaluating different and repeated strings
function k() { var n = 0; for (var i = 0; i < 3; i++) eval("n += i"); return n; }
console.log(k());
function cl() { var z = 1; return eval("() => z + 1")(); }
console.log(cl());
function ce() { const q = 1; try { eval("q = 2"); } catch (e) { return e.constructor.name; } }
console.log(ce());
function tdz() { try { return eval("later"); } catch (e) { return e.constructor.name; } let later = 1; }
console.log(tdz());
function nested() { var a = 1; return eval("eval('a + 1')"); }
console.log(nested());
// an eval called through another name is indirect: globals only
var myeval = eval;
function notdirect() { var lx = 1; return myeval("typeof lx"); }
console.log(notdirect());
// a closure made by eval keeps seeing the caller's bindings
function counter() { var count = 0; var inc = eval("(function () { return ++count; })"); inc(); inc(); return count; }
console.log(counter());
// a non-string argument comes back as it is
function nonstr() { var o = {}; return eval(o) === o && eval() === undefined; }
console.log(nonstr());
// something else called eval is an ordinary call
function shadowed() { var eval = function (s) { return "mine:" + s; }; return eval("1"); }
console.log(shadowed());
var topLevel = 3;
console.log(eval("topLevel * 2"));
try { eval("syntax error here"); } catch (e) { console.log(e instanceof SyntaxError); }
