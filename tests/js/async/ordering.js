// Microtask ordering of await, then, and async returns, as node orders them.
const log = [];
async function a1() { log.push('a1 start'); await null; log.push('a1 after await'); }
async function a2() { log.push('a2 start'); await Promise.resolve(); log.push('a2 after await'); return 'a2'; }
async function returnsPromise() { return Promise.resolve('rp'); }
Promise.resolve().then(() => log.push('then 1')).then(() => log.push('then 2')).then(() => log.push('then 3'));
a1();
a2().then((v) => log.push('a2 resolved ' + v));
returnsPromise().then((v) => log.push('returnsPromise ' + v));
queueMicrotask(() => log.push('microtask'));
process.nextTick(() => log.push('nextTick'));
log.push('sync end');
setTimeout(() => {
  console.log(log.join('\n'));
  // thenables are resolved through a job
  const order = [];
  const thenable = { then(r) { order.push('thenable.then'); r('t'); } };
  Promise.resolve(thenable).then((v) => order.push('resolved ' + v));
  (async () => { order.push('awaiting thenable'); order.push('got ' + await thenable); })();
  Promise.resolve().then(() => order.push('plain'));
  setTimeout(() => console.log(order.join('\n')), 0);
}, 0);
