// N-queens by backtracking over boolean arrays; counts all solutions.
function queens(n) {
  var cols = new Array(n).fill(false);
  var d1 = new Array(2 * n).fill(false);
  var d2 = new Array(2 * n).fill(false);
  var count = 0;
  function place(r) {
    if (r === n) { count++; return; }
    for (var c = 0; c < n; c++) {
      if (!cols[c] && !d1[r + c] && !d2[r - c + n]) {
        cols[c] = d1[r + c] = d2[r - c + n] = true;
        place(r + 1);
        cols[c] = d1[r + c] = d2[r - c + n] = false;
      }
    }
  }
  place(0);
  return count;
}
var sum = 0;
for (var n = 4; n <= 12; n++) sum += queens(n);
console.log(sum);
