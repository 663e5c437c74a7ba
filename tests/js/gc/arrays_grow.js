// Arrays grown element by element to large sizes keep their contents.
var a = [];
for (var i = 0; i < 300000; i++) a.push(i * 2);
var b = [];
for (var j = 0; j < 1000; j++) { b[j] = []; for (var k = 0; k < 100; k++) b[j].push(j + k); }
var sa = 0;
for (var m = 0; m < a.length; m++) sa += a[m];
var sb = 0;
for (var n = 0; n < b.length; n++) sb += b[n][99];
var mixed = [];
for (var p = 0; p < 10000; p++) mixed.push(p % 3 === 0 ? "s" + p : p % 3 === 1 ? p + 0.5 : { p: p });
console.log(a.length, sa, sb, mixed[9999], mixed[9998], mixed[9997]);
