// Number formatting at the edges of notation switches, and toString(radix) on fractions.
var vals = [1e20, 1e21, 1.5e20, 123456789012345678901, 1e-6, 1.5e-6, 1e-7, 0.000001, 0.0000015, 2e-7];
console.log(vals.map(String).join(" "));
console.log((0.1).toString(2));
console.log((0.1).toString(3), (-12.375).toString(8), (255.5).toString(16), (1e21).toString(36));
console.log((2 ** 53).toString(2).length, (-(2 ** 31)).toString(2));
console.log((123.456).toFixed(20), (0.1).toFixed(20), (1e20).toFixed(2));
console.log(Number.MAX_SAFE_INTEGER.toString(16), (-0).toString(), (NaN).toString(2));
