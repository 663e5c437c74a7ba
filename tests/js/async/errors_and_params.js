async function f(a = (() => { throw new Error('param init'); })()) { return a; }
const p = f();
console.log('returned', p instanceof Promise);
p.catch(e => console.log('rejected:', e.message));
async function g({ x }) { return x; }
g(null).catch(e => console.log('destructure:', e.constructor.name));
async function h(...rest) { await 0; return rest.length + arguments.length; }
h(1, 2, 3).then(v => console.log('rest+arguments', v));
const thisArrow = { v: 7, m() { return (async () => { await 0; return this.v; })(); } };
thisArrow.m().then(v => console.log('arrow this', v));
async function fin() { try { return await 1; } finally { console.log('finally runs'); await null; console.log('after await in finally'); } }
fin().then(v => console.log('fin', v));
async function loopTry() { let s = 0; for (let i = 0; i < 4; i++) { try { if (i % 2) throw i; s += await i; } catch (e) { s += 100 * (await e); } } return s; }
loopTry().then(v => console.log('loopTry', v));
async function nested() { const inner = async x => { await null; if (x) throw new RangeError('inner ' + x); return 'ok'; }; try { await inner(1); } catch (e) { return e.message + ' / ' + await inner(0); } }
nested().then(console.log);
console.log(typeof f, f.length, f.name, Object.getPrototypeOf(f) === Function.prototype, 'prototype' in f);
console.log(Object.prototype.toString.call(f), String(Object.getPrototypeOf(f)[Symbol.toStringTag]));
try { new f(); } catch (e) { console.log(e.constructor.name); }
