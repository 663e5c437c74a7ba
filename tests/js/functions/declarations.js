// Function declarations, expressions, named expressions and arrows.
function add(a, b) { return a + b; }
var sub = function (a, b) { return a - b; };
var mul = (a, b) => a * b;
var neg = x => -x;
var obj = () => ({ k: 1 });
var fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(add(2, 3), sub(2, 3), mul(2, 3), neg(4), obj(), fact(10));
console.log(add.name, sub.name, mul.name, fact.name, add.length, neg.length);
console.log(add(1), add(1, 2, 3));
function noReturn() {}
console.log(noReturn());
var body = (x) => { x *= 2; return x + 1; };
console.log(body(5));
console.log((function () { return "iife"; })());
console.log(((a) => a + "!")("arrow iife"));
