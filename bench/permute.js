// Permutations by recursive swapping (after the classic Permute benchmark).
var count, v;
function swap(i, j) { var t = v[i]; v[i] = v[j]; v[j] = t; }
function permute(n) {
  count++;
  if (n !== 0) {
    var n1 = n - 1;
    permute(n1);
    for (var i = n1; i >= 0; i--) { swap(n1, i); permute(n1); swap(n1, i); }
  }
}
var total = 0;
for (var r = 0; r < 4; r++) {
  count = 0;
  v = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  permute(9);
  total += count;
}
console.log(total);
