// Sieve of Eratosthenes over an array of booleans, repeated.
function sieve(n) {
  var flags = new Array(n + 1).fill(true);
  var count = 0;
  for (var i = 2; i <= n; i++) {
    if (flags[i]) {
      count++;
      for (var k = i + i; k <= n; k += i) flags[k] = false;
    }
  }
  return count;
}
var total = 0;
for (var r = 0; r < 60; r++) total += sieve(100000);
console.log(total);
