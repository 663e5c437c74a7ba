// Strings built by concatenation and kept in arrays and objects survive collections.
var table = {};
var list = [];
for (var i = 0; i < 5000; i++) {
  var s = "key-" + i + "-" + (i * 7919 % 1000);
  list.push(s);
  table[s] = s.length;
}
for (var r = 0; r < 100000; r++) { var waste = "w" + r + "x" + r; }
var total = 0, ok = true;
for (var j = 0; j < list.length; j++) {
  if (table[list[j]] !== list[j].length) ok = false;
  total += list[j].length;
}
var rope = "";
for (var k = 0; k < 20000; k++) rope += k % 10;
for (var m = 0; m < 50000; m++) { var w2 = [m, "m" + m]; }
console.log(ok, total, list[4999], rope.length, rope.slice(9990, 10010));
