async function f(x) {
  console.log('f start', x);
  const v = await x;
  console.log('f after await', v);
  return v * 2;
}
const p = f(21);
console.log('sync after call', typeof p, p instanceof Promise);
p.then(v => console.log('resolved', v));
Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 2'));
queueMicrotask(() => console.log('qm'));
async function g() { throw new Error('boom'); }
g().catch(e => console.log('caught', e.message));
async function h() { try { await Promise.reject(new Error('rej')); } catch (e) { console.log('h caught', e.message); } finally { console.log('h finally'); } return 'h done'; }
h().then(console.log);
const arrow = async (a, b) => (await a) + (await b);
arrow(1, Promise.resolve(2)).then(v => console.log('arrow', v));
const o = { async m() { return this === o; } };
o.m().then(v => console.log('method', v));
class C { async m() { return 'cm'; } static async s() { return 'cs'; } }
new C().m().then(console.log); C.s().then(console.log);
console.log(Object.prototype.toString.call(f), f.prototype, typeof f);
