function* g(a = (() => { throw new Error("init"); })()) { yield a; }
try { g(); console.log("no throw"); } catch (e) { console.log("threw at call", e.message); }
function* h(a, b = a * 2, ...rest) { yield a; yield b; yield rest; yield arguments.length; }
const it = h(1, undefined, 3, 4);
console.log([...it]);
function* k() { yield 1; }
k.prototype = null;
console.log(Object.getPrototypeOf(k()) === Object.getPrototypeOf(function*(){}).prototype);
function* m(x = (m.prototype = { tag: 1 }, 5)) { yield x; }
const mi = m(); console.log(mi.tag, mi.next());
const r = h(9); console.log(r.return(7), r.next());
function* d({a, b} = {a: 1, b: 2}) { yield a + b; }
console.log(d().next(), d({a: 5, b: 6}).next());
try { d(null); } catch (e) { console.log(e.constructor.name, e.message); }
class C { *gen(x = this.v) { yield x; } static *s([a] = [7]) { yield a; } }
const c = new C(); c.v = 3; console.log(c.gen().next().value, C.s().next().value);
