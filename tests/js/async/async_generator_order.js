const log = [];
const tick = (name, n) => { let p = Promise.resolve(); for (let i = 1; i <= n; i++) { const k = i; p = p.then(() => log.push(name + k)); } };
async function* g() { log.push('g start'); yield 1; log.push('g after 1'); yield Promise.resolve(2); log.push('g after 2'); return 3; }
tick('t', 10);
const it = g();
it.next().then(r => log.push('n1 ' + JSON.stringify(r)));
it.next().then(r => log.push('n2 ' + JSON.stringify(r)));
it.next().then(r => log.push('n3 ' + JSON.stringify(r)));
it.next().then(r => log.push('n4 ' + JSON.stringify(r)));
(async () => { for await (const x of [1, 2]) log.push('fa ' + x); log.push('fa done'); })();
async function* d() { yield* g(); }
(async () => { for await (const x of d()) log.push('d ' + x); })();
const r = g(); r.return(5).then(v => log.push('ret ' + JSON.stringify(v)));
setTimeout(() => console.log(log.join('\n')), 0);
