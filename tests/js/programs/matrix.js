// Matrix multiplication, identity, transpose and determinant.
function make(n, m, f) {
  var a = [];
  for (var i = 0; i < n; i++) { var row = []; for (var j = 0; j < m; j++) row.push(f(i, j)); a.push(row); }
  return a;
}
function mul(a, b) {
  var n = a.length, m = b[0].length, k = b.length;
  return make(n, m, function (i, j) { var s = 0; for (var x = 0; x < k; x++) s += a[i][x] * b[x][j]; return s; });
}
function transpose(a) { return make(a[0].length, a.length, function (i, j) { return a[j][i]; }); }
function det(a) {
  var n = a.length;
  if (n === 1) return a[0][0];
  var d = 0;
  for (var c = 0; c < n; c++) {
    var minor = [];
    for (var r = 1; r < n; r++) minor.push(a[r].filter(function (_, j) { return j !== c; }));
    d += (c % 2 ? -1 : 1) * a[0][c] * det(minor);
  }
  return d;
}
var A = make(3, 3, function (i, j) { return i * 3 + j + 1; });
var I = make(3, 3, function (i, j) { return i === j ? 1 : 0; });
console.log(A);
console.log(mul(A, I));
console.log(mul(A, A));
console.log(transpose(A));
console.log(det(A), det([[2, 1], [1, 3]]), det([[1, 2, 3], [0, 1, 4], [5, 6, 0]]));
var B = make(20, 20, function (i, j) { return (i * 7 + j * 13) % 10 - 4.5; });
var C = mul(B, transpose(B));
var trace = 0;
for (var i = 0; i < 20; i++) trace += C[i][i];
console.log(trace, C[3][7], C[19][0]);
