const log = [];
const target = { a: 1, b: 2 };
const p = new Proxy(target, {
  get(t, k, r) { log.push(`get ${String(k)}`); return k in t ? t[k] : `no ${String(k)}`; },
  set(t, k, v, r) { log.push(`set ${String(k)}=${v}`); t[k] = v * 2; return true; },
  has(t, k) { log.push(`has ${String(k)}`); return k !== 'hidden'; },
  deleteProperty(t, k) { log.push(`delete ${String(k)}`); delete t[k]; return true; },
  ownKeys(t) { log.push('ownKeys'); return [...Reflect.ownKeys(t), 'extra']; },
  getOwnPropertyDescriptor(t, k) { log.push(`gopd ${String(k)}`); return k === 'extra' ? { value: 'x', enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(t, k); },
  defineProperty(t, k, d) { log.push(`define ${String(k)}`); return Reflect.defineProperty(t, k, d); },
  getPrototypeOf(t) { log.push('getPrototypeOf'); return Array.prototype; },
});
console.log(p.a, p.zzz, 'a' in p, 'hidden' in p);
p.c = 5;
console.log(target.c, delete p.a, target.a);
console.log(Object.keys(p), JSON.stringify(p));
Object.defineProperty(p, 'd', { value: 4, configurable: true });
console.log(p instanceof Array, Object.getPrototypeOf(p) === Array.prototype);
console.log(log.join('; '));
// function proxies
const fp = new Proxy(function add(x, y) { return x + y; }, {
  apply(t, thisArg, args) { return 'apply:' + t(...args); },
  construct(t, args, nt) { return { made: args }; },
});
console.log(typeof fp, fp(1, 2), new fp(3, 4), fp.call(null, 5, 6), fp.name, fp.length);
// revocable
const { proxy, revoke } = Proxy.revocable({}, {});
proxy.x = 1; console.log(proxy.x); revoke();
for (const f of [() => proxy.x, () => { proxy.y = 1; }, () => 'x' in proxy, () => Object.keys(proxy), () => typeof proxy]) {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
// invariants
const frozen = Object.freeze({ k: 1 });
const liar = new Proxy(frozen, { get() { return 2; }, has() { return false; }, ownKeys() { return []; } });
for (const f of [() => liar.k, () => 'k' in liar, () => Object.keys(liar)]) {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name); }
}
try { new Proxy(1, {}); } catch (e) { console.log(e.message); }
try { Proxy({}, {}); } catch (e) { console.log(e.message); }
console.log(Array.isArray(new Proxy([], {})), Object.prototype.toString.call(new Proxy([], {})), Object.prototype.toString.call(new Proxy(function () {}, {})));
// default forwarding
const fwd = new Proxy([1, 2, 3], {});
fwd.push(4);
console.log(fwd.length, fwd[3], [...fwd], fwd.map(x => x * 10));
class Base { constructor() { this.made = true; } }
const PB = new Proxy(Base, {});
class Derived extends PB {}
console.log(new Derived().made, new PB() instanceof Base);
