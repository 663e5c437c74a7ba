// await and Promise resolution with thenables, getters, and nested async calls.
const log = [];
const thenable = (v, name) => ({ then(res) { log.push('then ' + name); res(v); } });
async function chain() {
  const a = await thenable(1, 'a');
  const b = await Promise.resolve(thenable(2, 'b'));
  const c = await (async () => thenable(3, 'c'))();
  return a + b + c;
}
chain().then((v) => { log.push('sum ' + v); });
// a thenable whose then throws rejects the await
async function bad() {
  try { await { then() { throw new Error('then threw'); } }; } catch (e) { return 'caught ' + e.message; }
}
bad().then((v) => log.push(v));
// a getter on then is read once
let reads = 0;
const getterThenable = { get then() { reads++; return (r) => r('g'); } };
(async () => { log.push('got ' + (await getterThenable) + ' reads=' + reads); })();
// async functions returning promises adopt them
async function adopt() { return new Promise((r) => setTimeout(() => r('late'), 5)); }
adopt().then((v) => log.push('adopted ' + v));
// recursion through await
async function countdown(n) { if (n === 0) return 'liftoff'; await null; return countdown(n - 1); }
countdown(5).then((v) => log.push(v));
setTimeout(() => console.log(log.join('\n')), 30);
