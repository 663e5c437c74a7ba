// The Function constructor: parameters and body from strings, compiled as
// a function in the global scope.
var add = new Function("a", "b", "return a + b");
console.log(add(2, 3), add.name, add.length, typeof add);
var mul = Function("a, b", "return a * b");
console.log(mul(6, 7), mul.length);
var none = new Function();
console.log(none(), none.length);
var rest = new Function("...xs", "return xs.length");
console.log(rest(1, 2, 3));
var dflt = new Function("a = 4", "b = a", "return a + b");
console.log(dflt(), dflt(1));
globalThis.gv = 100;
var seesGlobal = new Function("return gv + 1");
console.log(seesGlobal());
// a local of the caller is not visible: the function is in the global scope
function outer() {
  var gv = 1;
  return new Function("return gv")();
}
console.log(outer());
var Ctor = new Function("v", "this.v = v");
console.log(new Ctor(9).v);
console.log(Object.getPrototypeOf(add) === Function.prototype, add instanceof Function);
var strict = new Function("'use strict'; return this");
console.log(strict());
for (var i = 0; i < 3; i++) console.log(new Function("n", "return n * " + i)(10));
function check(params, body) {
  try {
    new Function(params, body);
    console.log("no error");
  } catch (e) {
    console.log(e.constructor.name);
  }
}
check("a", "return a +");
check("a)", "");
check("a", "}); (function () {");
check("/*", "*/){");
check("a, a", "'use strict';");
