// Parameters of a non-simple list are in their TDZ until bound.
function f(x = y, y) { return 1; }
try { f(); console.log("no"); } catch (e) { console.log(e.constructor.name, e.message); }
function* g(x = y, y) { }
try { g(); console.log("no"); } catch (e) { console.log(e.constructor.name, e.message); }
function h(a = b, b = 1) { return [a, b]; }
console.log(h(5), h(5, 6));
try { h(); } catch (e) { console.log(e.message); }
function k(a, b = a + 1, {c} = {c: b * 2}, [d] = [c + 1]) { return [a, b, c, d]; }
console.log(k(1), k(1, 10), k(1, 2, {c: 7}));
// a closure created in the list sees later parameters once they are bound
function m(get = () => later, later = 4) { return get(); }
console.log(m());
function n(get = () => later, v = get(), later) { return v; }
try { n(); } catch (e) { console.log(e.message); }
const arrow = (p = q, q) => p;
try { arrow(); } catch (e) { console.log(e.message); }
console.log(arrow(1));
async function af(x = y, y) {}
af().catch(e => console.log("async:", e.message));
class C { m(a = b, b) {} static s(a = this.name) { return a; } }
try { new C().m(); } catch (e) { console.log(e.message); }
console.log(C.s());
// the body's own var of the same name starts with the parameter's value
function v(a = 1) { var a; return a; }
console.log(v(), v(3));
