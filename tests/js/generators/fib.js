// Generators and iteration protocols.
function* range(n) { for (let i = 0; i < n; i++) yield i; }
console.log([...range(5)]);
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
const out = [];
for (const v of fib()) { if (v > 100) break; out.push(v); }
console.log(out);
