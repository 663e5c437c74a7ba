// ** and **=.
console.log(2 ** 10, 2 ** -1, 2 ** 0.5, (-2) ** 3, (-8) ** (1 / 3));
console.log(2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(10 ** 21, 10 ** -7, 0 ** 0, NaN ** 0, 1 ** Infinity);
console.log((-0) ** 3, 0 ** -1, (-0) ** -1);
var x = 3;
x **= 4;
console.log(x);
console.log(Math.pow(2, 10) === 2 ** 10);
