// Integer division and modulo, including negatives.
console.log(7 / 2, -7 / 2);
console.log(7 % 3, -7 % 3, 7 % -3, -7 % -3);
console.log(5.5 % 2);
console.log(-5 % 5);
console.log(Math.floor(-7 / 2), Math.trunc(-7 / 2));
console.log((7 / 2) | 0, (-7 / 2) | 0);
console.log(10 / 5, 10 / 4);
console.log(0 % 5, -0 % 5);
console.log(1e17 % 7);
var s = 0;
for (var i = 1; i <= 100; i++) s += i % 7;
console.log(s);
