// Function declarations are hoisted with their bodies.
console.log(square(4));
function square(n) { return n * n; }
console.log(typeof later, typeof expr);
function later() { return "later"; }
var expr = function () { return "expr"; };
console.log(later(), expr());
function outer() {
  return inner();
  function inner() { return "inner ran"; }
}
console.log(outer());
function dup() { return 1; }
function dup() { return 2; }
console.log(dup());
