// Objects with many properties (out-of-line slots) read and written in loops.
var o = {};
for (var i = 0; i < 100; i++) o["p" + i] = i;
var s = 0;
for (var r = 0; r < 10; r++) for (var j = 0; j < 100; j++) s += o["p" + j];
console.log(s, Object.keys(o).length);
for (var k = 0; k < 100; k += 2) delete o["p" + k];
console.log(Object.keys(o).length, o.p1, o.p2, o.p99);
var sum = 0;
for (var key in o) sum += o[key];
console.log(sum);
function Big() {
  this.a = 1; this.b = 2; this.c = 3; this.d = 4; this.e = 5; this.f = 6;
  this.g = 7; this.h = 8; this.i = 9; this.j = 10; this.k = 11; this.l = 12;
}
var bigs = [];
for (var n = 0; n < 100; n++) bigs.push(new Big());
var t = 0;
for (var m = 0; m < bigs.length; m++) t += bigs[m].a + bigs[m].l + bigs[m].f;
console.log(t);
