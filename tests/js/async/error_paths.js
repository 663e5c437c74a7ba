// Errors through async functions: rejections, try/finally, await in catch.
async function fails() { throw new TypeError('bad'); }
async function catches() {
  try { await fails(); } catch (e) { return 'caught ' + e.name; } finally { console.log('finally runs'); }
}
catches().then(console.log);
async function awaitInCatch() {
  try { throw 1; } catch (e) { const v = await Promise.resolve(e + 1); return v; }
}
awaitInCatch().then((v) => console.log('awaitInCatch', v));
async function rejectsLater() { await null; return Promise.reject(new RangeError('later')); }
rejectsLater().catch((e) => console.log('rejectsLater', e.name, e.message));
// Promise combinators
Promise.all([1, Promise.resolve(2), (async () => 3)()]).then((v) => console.log('all', v));
Promise.allSettled([Promise.reject(new Error('x')), 1]).then((r) =>
  console.log('allSettled', r.map((x) => x.status + ':' + (x.value ?? x.reason.message))));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) =>
  console.log('any', e.constructor.name, e.errors, e.message));
Promise.race([new Promise((r) => setTimeout(r, 20, 'slow')), Promise.resolve('fast')]).then((v) => console.log('race', v));
// async arrow and method this
const o = { v: 7, async m() { return this.v; }, n: async () => typeof this };
o.m().then((v) => console.log('method this', v));
o.n().then((v) => console.log('arrow this', v));
// await non-promise values and a rejected await inside a loop
(async () => {
  let sum = 0;
  for (const x of [1, 2, 3]) sum += await x;
  console.log('sum', sum);
  for (let i = 0; i < 3; i++) {
    try { if (i === 1) await Promise.reject(new Error('i=' + i)); console.log('ok', i); }
    catch (e) { console.log('loop caught', e.message); }
  }
})();
