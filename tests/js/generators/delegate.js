// yield* delegation to generators, arrays, strings and user iterators
function* inner() { const x = yield 'i1'; console.log('inner got', x); yield 'i2'; return 'inner-result'; }
function* outer() { yield 'o1'; const r = yield* inner(); console.log('r =', r); yield* [1, 2]; yield* 'ab'; }
const it = outer();
console.log(it.next());
console.log(it.next());
console.log(it.next('X'));
console.log([...it]);
function* tree(t) { if (!t) return; yield* tree(t.l); yield t.v; yield* tree(t.r); }
console.log([...tree({ v: 2, l: { v: 1 }, r: { v: 4, l: { v: 3 } } })]);
function* guard() { try { yield* inner(); } catch (e) { console.log('outer caught', e); } }
const g2 = guard();
g2.next();
console.log(g2.throw('T'));
function* fin() { try { yield 1; } finally { console.log('inner finally'); } }
function* wrap() { try { yield* fin(); } finally { console.log('outer finally'); } }
const w = wrap();
w.next();
console.log(w.return('done'));
const noThrow = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { console.log('closed'); return {}; } }; } };
function* d() { yield* noThrow; }
const di = d(); di.next();
try { di.throw(1); } catch (e) { console.log(e.constructor.name); }
