// floor, ceil, round, trunc, sign, abs including negatives, halves and -0.
var xs = [2.5, -2.5, 3.5, -3.5, 0.49999999999999994, -0.5, 1.4, -1.6, 0, -0, 7, NaN, Infinity];
for (var i = 0; i < xs.length; i++) {
  var x = xs[i];
  console.log(x, Math.floor(x), Math.ceil(x), Math.round(x), Math.trunc(x), Math.sign(x), Math.abs(x));
}
console.log(Math.round(2 ** 52 + 0.5), Math.floor(-1e-300), Math.ceil(-0.5));
console.log(Math.abs("-3"), Math.abs(null), Math.abs([-2]), Math.abs(undefined));
