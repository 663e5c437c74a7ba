// A function declaration that is later reassigned: calls must go to the new value.
function f(x) { return x + 1; }
console.log(f(1));
var saved = f;
f = function (x) { return x * 100; };
console.log(f(1), saved(1));
function g() { return "g1"; }
var calls = [g()];
g = function () { return "g2"; };
calls.push(g());
console.log(calls);
function h(n) { return n <= 0 ? "done" : h(n - 1); }
var oldH = h;
h = function () { return "replaced"; };
console.log(oldH(3));
