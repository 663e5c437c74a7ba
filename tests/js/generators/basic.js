// function* declarations and expressions, next() with sent values
function* g(a) { const x = yield a; console.log('got', x); yield x + 1; return 'end'; }
const it = g(10);
console.log(it.next());
console.log(it.next(5));
console.log(it.next());
console.log(it.next());
const h = function* () { yield 1; yield 2; };
const hi = h();
console.log(hi.next().value, hi.next().value, hi.next().done);
console.log(Object.prototype.toString.call(it), it[Symbol.iterator]() === it);
console.log(typeof g.prototype, Object.getPrototypeOf(it) === g.prototype);
// closures and captured state across yields
function* counter() { let n = 0; const inc = () => ++n; while (true) { yield inc(); if (n >= 3) return n * 10; } }
const ci = counter();
console.log(ci.next(), ci.next(), ci.next(), ci.next());
// arguments and this
function* args() { yield arguments.length; yield this.tag; yield [...arguments]; }
const ai = args.call({ tag: 'T' }, 'a', 'b');
console.log(ai.next().value, ai.next().value, ai.next().value);
// yield as an expression operand
function* sum() { let s = 0; for (;;) { const v = yield s; if (v === undefined) return s; s += v; } }
const si = sum(); si.next();
si.next(1); si.next(2);
console.log(si.next(39), si.next());
try { new g(); } catch (e) { console.log(e instanceof TypeError); }
