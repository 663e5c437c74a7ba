// for-of, spread and destructuring over generators
function* range(n) { for (let i = 0; i < n; i++) yield i; }
for (const v of range(4)) console.log(v);
console.log([...range(5)], Array.from(range(3)));
const [p, q, ...rest] = range(6);
console.log(p, q, rest);
function* logged() { try { yield 1; yield 2; yield 3; } finally { console.log('cleanup'); } }
for (const v of logged()) { console.log(v); if (v === 2) break; }
console.log(Math.max(...range(10)));
const m = new Map([...range(3)].map(i => [i, i * i]));
console.log(m);
function* entries(o) { for (const k in o) yield [k, o[k]]; }
for (const [k, v] of entries({ a: 1, b: 2 })) console.log(k, v);
