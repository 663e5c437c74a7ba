// Recursive Fibonacci: the classic call-heavy microbenchmark.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

const n = process.argv.length > 2 ? Number(process.argv[2]) : 30;
console.log(`fib(${n}) = ${fib(n)}`);
