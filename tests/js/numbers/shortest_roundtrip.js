// Many doubles printed with the shortest round-trip digits.
var out = [];
for (var i = 1; i <= 20; i++) out.push(i / 7);
console.log(out.join(" "));
out = [];
var p = 1.5;
for (var j = 0; j <= 25; j++) { out.push(p); p *= 10; }
console.log(out.join(" "));
out = [];
var q = 3;
for (var k = 1; k <= 25; k++) { q /= 10; out.push(q); }
console.log(out.join(" "));
out = [];
for (var m = 0; m < 16; m++) out.push(Math.pow(2, -m * 5));
console.log(out.join(" "));
out = [];
for (var n = 1; n <= 12; n++) out.push(n * 1.1, n * 0.3);
console.log(out.join(" "));
console.log(1 / 3 * 3, 2 / 3 + 1 / 3, 0.7 + 0.1, 0.2 + 0.4, 1.1 * 1.1, 123.456 * 1000);
console.log(1e300 * 10, 2.2250738585072014e-308, 2.225073858507201e-308, 4.9406564584124654e-324);
console.log(-1e-323, 1.7976931348623157e308 * -1, 0.1 * 0.1 * 0.1 * 0.1 * 0.1, 1234567.8901234567);
