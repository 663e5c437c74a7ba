// while, do-while and for loops, including empty bodies and break/continue.
var i = 0, out = [];
while (i < 5) { out.push(i); i++; }
console.log(out);
var j = 10;
do { j++; } while (j < 5);
console.log(j);
var s = 0;
for (var k = 0; k < 100; k++) { if (k % 2) continue; if (k > 20) break; s += k; }
console.log(s);
var n = 0;
for (;;) { if (++n >= 7) break; }
console.log(n);
var c = 0;
while (true) { c++; if (c === 3) break; }
console.log(c);
var m;
for (m = 0; m < 10; m++);
console.log(m);
var w = 100, steps = 0;
while (w !== 1) { w = w % 2 ? 3 * w + 1 : w / 2; steps++; }
console.log(steps);
