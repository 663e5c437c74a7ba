// Indirect eval: a global script compiled at run time, returning the
// completion value of its last expression statement.
var geval = eval;
console.log((0, eval)("1 + 2"));
console.log(globalThis.eval("'a' + 'b'"));
console.log(geval("var x = 10; x * 2"), x);
console.log(geval("if (true) { 5 } else { 6 }"));
console.log(geval("7; if (false) { 8 }"));
console.log(geval("9; var y = 1;"));
console.log(geval("for (var i = 0; i < 3; i++) i * 10"));
console.log(geval("let z = 3; z + 1"), typeof z);
console.log(geval("function twice(n) { return 2 * n; } twice(21)"), twice(4));
console.log(geval(42), geval(undefined), geval());
var d = Object.getOwnPropertyDescriptor(globalThis, "x");
console.log(d.value, d.writable, d.enumerable, d.configurable);
console.log(delete globalThis.x, typeof x);
// code that uses every part of the language
console.log(geval("[1, 2, 3].map((v) => v * v).join(',')"));
console.log(geval("({ a: 1, b: [2, 3] }).b[1]"));
console.log(geval("class P { constructor(q) { this.q = q; } get twice() { return this.q * 2; } } new P(4).twice"));
console.log(geval("(function* () { yield 1; yield 2; })().next().value"));
console.log(geval("try { throw new RangeError('r'); } catch (e) { e.name }"));
console.log(geval("`t${1 + 1}t`"));
// globals defined by the program are visible
var shared = 5;
globalThis.g = 6;
console.log(geval("g + 1"));
// a strict eval script keeps its vars to itself
console.log(geval("'use strict'; var local = 1; local + 1"), typeof local);
// the same source again comes from the cache and still runs
for (var k = 0; k < 3; k++) console.log(geval("g += 1"));
