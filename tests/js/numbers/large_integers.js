// Integers beyond 2^31 and up to 2^53 stay exact; beyond that they round.
var big = 4294967296;
console.log(big, big + 1, big * 1000);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
console.log(Number.MAX_SAFE_INTEGER + 2);
console.log(Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1));
console.log(Number.isInteger(5), Number.isInteger(5.5), Number.isInteger(1e300));
var f = 1;
for (var i = 1; i <= 25; i++) { f *= i; }
console.log(f);
var p = 1;
for (var j = 0; j < 70; j++) p *= 2;
console.log(p);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON);
console.log(1e15 + 0.3);
console.log(12345678901234567890);
