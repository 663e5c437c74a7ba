async function inner() { console.log('inner'); await null; console.log('inner resumed'); return 1; }
async function outer() { console.log('outer'); const v = await inner(); console.log('outer resumed', v); }
outer();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4'));
console.log('sync end');
async function seq() { for (let i = 0; i < 3; i++) { await i; console.log('seq', i); } }
seq();
const pr = new Promise(r => setTimeout(() => r('timer'), 5));
(async () => { console.log('await timer:', await pr); })();
