// Recursive fib of a small number (same code as the benchmark).
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(25));
