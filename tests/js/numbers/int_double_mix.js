// A loop variable that starts as int32 and becomes a double.
function sum(n) {
  var s = 0;
  for (var i = 0; i < n; i++) s += i * 0.5;
  return s;
}
console.log(sum(10), sum(1001));
function grow() {
  var x = 1;
  var out = [];
  for (var i = 0; i < 40; i += 4) { out.push(x); x *= 16; }
  return out;
}
console.log(grow().join(" "));
var h = 0;
for (var j = 0; j < 100; j++) h = (h * 31 + j) | 0;
console.log(h);
var u = 0;
for (var k = 0; k < 100; k++) u = (u * 31 + k) >>> 0;
console.log(u);
var mixed = [1, 2.5, -3, 4e10, 0.1];
var t = 0;
for (var q = 0; q < mixed.length; q++) t += mixed[q];
console.log(t);
