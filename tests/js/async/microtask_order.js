// microtask ordering: await of native promises, non-promises, thenables,
// returning promises from async functions (3 ticks), mixed with then/queueMicrotask
const log = [];
const tick = (name, n) => { let p = Promise.resolve(); for (let i = 1; i <= n; i++) { const k = i; p = p.then(() => log.push(name + k)); } };
async function a1() { log.push('a1 start'); await undefined; log.push('a1 after await'); }
async function a2() { log.push('a2 start'); await Promise.resolve(1); log.push('a2 after await'); }
async function a3() { await { then(r) { log.push('thenable then'); r(5); } }; log.push('a3 after thenable'); }
async function a4() { return Promise.resolve('r4'); }
async function a5() { return 'r5'; }
tick('t', 6);
a1(); a2(); a3();
a4().then(v => log.push('a4 ' + v));
a5().then(v => log.push('a5 ' + v));
queueMicrotask(() => log.push('qm'));
process.nextTick(() => log.push('tick'));
setTimeout(() => console.log(log.join('\n')), 0);
