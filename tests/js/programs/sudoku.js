// A backtracking sudoku solver.
var puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
var g = puzzle.split("").map(Number);
function ok(g, i, v) {
  var r = Math.floor(i / 9), c = i % 9;
  for (var k = 0; k < 9; k++) {
    if (g[r * 9 + k] === v || g[k * 9 + c] === v) return false;
    var br = 3 * Math.floor(r / 3) + Math.floor(k / 3), bc = 3 * Math.floor(c / 3) + k % 3;
    if (g[br * 9 + bc] === v) return false;
  }
  return true;
}
var steps = 0;
function solve(g) {
  var i = g.indexOf(0);
  if (i < 0) return true;
  for (var v = 1; v <= 9; v++) {
    if (ok(g, i, v)) { g[i] = v; steps++; if (solve(g)) return true; g[i] = 0; }
  }
  return false;
}
console.log(solve(g), steps);
for (var r = 0; r < 9; r++) console.log(g.slice(r * 9, r * 9 + 9).join(" "));
