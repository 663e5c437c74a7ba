// do-while runs at least once; continue jumps to the condition.
var i = 0, out = [];
do {
  i++;
  if (i === 3) continue;
  out.push(i);
} while (i < 6);
console.log(out);
var n = 100;
do { n--; } while (false);
console.log(n);
var digits = [], v = 9075;
do { digits.unshift(v % 10); v = Math.floor(v / 10); } while (v > 0);
console.log(digits);
