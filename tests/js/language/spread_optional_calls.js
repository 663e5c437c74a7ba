// Spread and optional calls keep `this` and evaluate arguments in order.
const log = [];
const arg = (v) => (log.push(v), v);
const o = {
  n: 'o',
  m(...xs) { return this.n + ':' + xs.join(','); },
  deep: { f() { return this === o.deep; } },
};
console.log(o.m(...[1, 2], arg(3), ...'ab'), o?.m(1), o.m?.(2), o?.deep?.f?.());
console.log(o.missing?.(arg('never')), log);
const nul = null;
console.log(nul?.a.b.c(), nul?.[arg('x')], (nul?.a)?.b);
try { (nul?.a).b; } catch (e) { console.log(e.constructor.name, e.message); }
function decl(a, b) { return `${this === undefined ? 'undef' : typeof this}:${a}:${b}`; }
console.log(decl(...[1, 2]), decl?.(3, 4), decl?.call('s', 5, 6));
console.log(Math.max(...[1, 9, 3], ...new Set([10, 2])), [...'abc', ...[1, , 3]]);
// new with spread
class V { constructor(...a) { this.a = a; } }
console.log(new V(...[1, 2], 3).a);
// arguments evaluated before the call target check
try { undefinedFn(arg('evaluated?')); } catch (e) { console.log(e.constructor.name, log.includes('evaluated?')); }
let notFn = 5;
try { notFn(arg('before')); } catch (e) { console.log(e.message, log.includes('before')); }
try { o.nope(...[1]); } catch (e) { console.log(e.message); }
try { o.n(); } catch (e) { console.log(e.message); }
// optional chaining with private fields and super
class P { #x = 1; static get(p) { return p?.#x; } }
console.log(P.get(new P()), P.get(null));
// delete through optional chains
const d = { a: { b: 1 } };
console.log(delete d?.a?.b, d, delete nul?.a);
