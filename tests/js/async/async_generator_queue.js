// Async generators queue requests; for await closes them on break.
async function* counter(n) {
  try {
    for (let i = 0; i < n; i++) { await null; yield i; }
  } finally {
    console.log('counter finally');
  }
}
(async () => {
  const it = counter(3);
  // Requests made before any completes are served in order.
  const ps = [it.next(), it.next(), it.next(), it.next(), it.next()];
  console.log((await Promise.all(ps)).map((r) => `${r.value}/${r.done}`).join(' '));
  for await (const v of counter(10)) { console.log('got', v); if (v === 1) break; }
  // return() while suspended at yield
  const it2 = counter(5);
  console.log(await it2.next(), await it2.return('R'), await it2.next());
  // throw() into a fresh generator rejects and completes it
  const it3 = counter(2);
  try { await it3.throw(new Error('T')); } catch (e) { console.log('throw rejected', e.message); }
  console.log(await it3.next());
  // yielding a promise awaits it
  async function* yp() { yield Promise.resolve('awaited'); yield* ['sync', 'iter']; }
  for await (const v of yp()) console.log(v);
  // for await over sync iterables of promises
  for await (const v of [Promise.resolve(1), 2, Promise.resolve(3)]) console.log('sync-of-promises', v);
  // a rejected promise in a sync iterable ends the loop with the error
  try { for await (const v of [Promise.reject(new Error('rej'))]) console.log(v); }
  catch (e) { console.log('for await caught', e.message); }
  console.log(Object.prototype.toString.call(counter(1)), typeof counter(1)[Symbol.asyncIterator]);
})();
