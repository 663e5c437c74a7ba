async function* gen(n) {
  try {
    for (let i = 0; i < n; i++) { const r = yield i; if (r) console.log('got', r); }
    return 'end';
  } finally { console.log('gen finally'); }
}
(async () => {
  const g = gen(3);
  console.log(Object.prototype.toString.call(g), typeof g[Symbol.asyncIterator]);
  console.log(await g.next());
  console.log(await g.next('hello'));
  console.log(await g.next());
  console.log(await g.next());
  console.log(await g.next());
  for await (const x of gen(2)) console.log('for await', x);
  for await (const x of [1, Promise.resolve(2), 3]) console.log('sync iterable', x);
  const g2 = gen(5);
  for await (const x of g2) { if (x === 1) break; console.log('break test', x); }
  console.log(await g2.next());
  const g3 = gen(2);
  console.log(await g3.return('early'));
  const g4 = gen(3); await g4.next();
  console.log(await g4.return(Promise.resolve('ret at yield')));
  const g5 = gen(3); await g5.next();
  try { await g5.throw(new Error('thrown in')); } catch (e) { console.log('throw:', e.message); }
  // queued requests
  const g6 = gen(3);
  const ps = [g6.next(), g6.next(), g6.next(), g6.next()];
  console.log(await Promise.all(ps));
  async function* del() { const r = yield* gen(2); console.log('delegate result', r); yield* [10, 20]; }
  for await (const x of del()) console.log('del', x);
})();
