// sqrt, cbrt, pow, exp, log and friends (values exact enough to print identically).
console.log(Math.sqrt(16), Math.sqrt(2), Math.cbrt(27), Math.cbrt(-8), Math.sqrt(-0));
console.log(Math.pow(2, 8), Math.pow(2, -2), Math.pow(-2, 0.5), Math.pow(0, 0), Math.pow(NaN, 0));
console.log(Math.exp(0), Math.exp(1), Math.expm1(0), Math.log(1), Math.log(Math.E));
console.log(Math.log10(1000), Math.log2(1024), Math.log1p(0), Math.log(0), Math.log(-1));
console.log(Math.log10(2).toFixed(10), Math.log(10).toFixed(10), Math.exp(2).toFixed(10));
console.log(Math.fround(5.5), Math.fround(5.05), Math.clz32(1), Math.clz32(0), Math.imul(3, 4), Math.imul(0xffffffff, 5));
