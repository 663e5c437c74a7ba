// Arrays with more than 6 numbers are printed in aligned columns; more than 100 are cut.
var a = [];
for (var i = 0; i < 10; i++) a.push(i);
console.log(a);
var b = [];
for (var j = 0; j < 30; j++) b.push(j * j);
console.log(b);
var c = [];
for (var k = 0; k < 120; k++) c.push(k);
console.log(c);
console.log([1.5, 22.25, 333, 4, 55555, 6, 7.125]);
console.log([-1, -22, 333, -4444, 5, 66, 777]);
var words = [];
for (var w = 0; w < 27; w++) words.push("w" + w);
console.log(words);
