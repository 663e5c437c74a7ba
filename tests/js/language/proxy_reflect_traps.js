// Proxy traps and Reflect in the operations that reach them.
const log = [];
const target = { x: 1, nested: { y: 2 } };
const handler = {};
for (const trap of ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty', 'getPrototypeOf']) {
  handler[trap] = (...args) => { log.push(trap + (typeof args[1] === 'string' ? ' ' + args[1] : '')); return Reflect[trap](...args); };
}
const p = new Proxy(target, handler);
p.x; p.z = 3; 'x' in p; delete p.z; Object.keys(p); Object.getPrototypeOf(p);
Object.defineProperty(p, 'w', { value: 9, configurable: true });
console.log(log.join(', '));
log.length = 0;
const { x, ...rest } = p;
console.log(x, rest, log.join(', '));
// function proxies
const fp = new Proxy(function sum(a, b) { return a + b; }, {
  apply(t, thisArg, args) { return 'apply:' + t(...args); },
  construct(t, args, nt) { return { constructed: args, same: nt === fp }; },
});
console.log(fp(1, 2), new fp(3), fp.name, fp.length);
// invariants
const frozen = Object.freeze({ k: 1 });
const liar = new Proxy(frozen, { get() { return 2; } });
try { liar.k; } catch (e) { console.log(e.constructor.name); }
// revocable
const { proxy, revoke } = Proxy.revocable({}, {});
proxy.a = 1; revoke();
try { proxy.a; } catch (e) { console.log(e.constructor.name, e.message); }
// Reflect
console.log(Reflect.ownKeys({ b: 1, a: 2, 1: 3, [Symbol.iterator]: 0 }).map(String));
console.log(Reflect.has({ q: 1 }, 'q'), Reflect.apply(Math.max, null, [1, 5, 2]));
class Pt { constructor(x) { this.x = x; } }
console.log(Reflect.construct(Pt, [4]), Reflect.getPrototypeOf([]) === Array.prototype);
const recv = { set v(x) { this._v = x; } };
const dest = {};
console.log(Reflect.set(recv, 'v', 5, dest), dest, Reflect.get({ get g() { return this; } }, 'g', 42));
console.log(Reflect.defineProperty(Object.freeze({}), 'a', { value: 1 }), Reflect.isExtensible(Object.preventExtensions({})));
