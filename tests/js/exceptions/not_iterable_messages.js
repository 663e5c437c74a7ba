// The TypeErrors of GetIterator, worded as V8 words them at each kind of site.
let u; const o = {}; const n = 5; function f() { return {}; } const a = { b: {} };
const cases = [
  () => { const [x] = {}; }, () => { const [x] = o; }, () => { for (const x of o); }, () => { [...o]; },
  () => { for (const x of n); }, () => { for (const x of f()); }, () => { [...a.b]; }, () => { Math.max(...o); },
  () => { let x; [x] = o; }, () => { new Map(o); }, () => { for (const x of 5); }, () => { const [y] = undefined; },
  () => { for (const x of undefined); }, () => { [...null]; }, () => { function g([x]) {} g(o); }, () => { new Set(5); },
  () => { for (const x of a.b.c); }, () => { f(...a.b); }, () => { (function* () { yield* o; })().next(); },
  () => { new Set(true); }, () => { new Set(Symbol('q')); },
  () => { new Set(function foo() {}); }, () => { new Set(1.5); }, () => { const [y] = u; }, () => { f(...undefined); },
  () => { f(...u); }, () => { f(...5); }, () => { [...5]; }, () => { [...f()]; },
  () => { const [z] = f(); }, () => { Object.fromEntries(5); }, () => { const [[q]] = [5]; }, () => { new WeakSet(5); },
  () => { for (const x of a?.b); }, () => { for (const x of new Object()); }, () => { for (const x of this.zz); },
  () => { for (const x of o[1]); }, () => { Array.from(null); }, () => { new Map(5); }, () => { new WeakMap(true); },
  () => { (function* () { yield* undefined; })().next(); }, () => { new Set({ [Symbol.iterator]: 5 }); },
];
for (const c of cases) try { c(); console.log('no throw'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
