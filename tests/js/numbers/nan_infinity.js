// NaN and Infinity arithmetic and comparisons.
console.log(0 / 0);
console.log(1 / 0, -1 / 0);
console.log(Infinity - Infinity);
console.log(Infinity * 0);
console.log(NaN === NaN, NaN == NaN, NaN !== NaN);
console.log(NaN < 1, NaN > 1, NaN <= NaN);
console.log(Infinity > 1e308, -Infinity < -1e308);
console.log(isNaN(NaN), isNaN("abc"), isNaN("12"));
console.log(Number.isNaN("abc"), Number.isNaN(NaN));
console.log(isFinite(Infinity), isFinite(1e308), isFinite("5"));
console.log(1e308 * 10);
console.log(-1e308 * 10);
console.log(typeof NaN, typeof Infinity);
console.log(String(NaN), String(-Infinity));
console.log(Math.sqrt(-1));
console.log(Infinity / Infinity);
console.log(5 % 0, 5 % Infinity, Infinity % 5);
