// yield inside switch, nested for-of/try-finally (closing on return()), object/array literals, nested yields
function* a(xs) { for (const x of xs) { switch (x) { case 1: yield 'one'; break; default: yield x * (yield 'pre'); } } }
const it = a([1, 2]);
console.log(it.next(), it.next(), it.next(10), it.next());
const src = { [Symbol.iterator]() { let i = 0; return { next: () => ({ value: i++, done: i > 5 }), return() { console.log('src closed'); return {}; } }; } };
function* b() { try { for (const v of src) { try { yield v; } finally { console.log('inner', v); } } } finally { console.log('outer'); } }
const bi = b(); bi.next(); bi.next();
console.log(bi.return('R'));
function* c() { const o = { x: yield 1, y: [yield 2, ...(yield 3)] }; return o; }
const ci = c(); ci.next(); ci.next('X'); ci.next('Y');
console.log(ci.next([7, 8]));
function* d() { yield (yield (yield 1) + 1) + 1; }
const di = d(); console.log(di.next().value, di.next(10).value, di.next(20).value, di.next().done);
