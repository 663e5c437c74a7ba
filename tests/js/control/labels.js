// Labelled break and continue out of nested loops and blocks.
var found = null;
search: for (var i = 0; i < 10; i++) {
  for (var j = 0; j < 10; j++) {
    if (i * j === 42) { found = [i, j]; break search; }
  }
}
console.log(found);
var out = [];
rows: for (var r = 0; r < 4; r++) {
  for (var c = 0; c < 4; c++) {
    if (c > r) continue rows;
    out.push(r + "" + c);
  }
}
console.log(out.join(" "));
block: {
  console.log("in block");
  if (true) break block;
  console.log("never");
}
var count = 0;
a: while (true) { b: do { count++; if (count > 5) break a; continue a; } while (false); }
console.log(count);
