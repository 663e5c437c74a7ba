// sin, cos, tan, their inverses and hyperbolics.
function f(x) { return Number(x.toFixed(12)); }
console.log(Math.sin(0), Math.cos(0), Math.tan(0), Math.sin(-0));
console.log(f(Math.sin(Math.PI / 6)), f(Math.cos(Math.PI / 3)), f(Math.tan(Math.PI / 4)));
console.log(f(Math.asin(1)), f(Math.acos(0)), f(Math.atan(1)), f(Math.atan2(1, 1)), f(Math.atan2(-1, -1)));
console.log(Math.atan2(0, -0) === Math.PI, Math.atan2(0, 0), Math.asin(2));
console.log(f(Math.sinh(1)), f(Math.cosh(1)), f(Math.tanh(1)), Math.tanh(Infinity));
console.log(f(Math.asinh(1)), f(Math.acosh(2)), f(Math.atanh(0.5)));
var sum = 0;
for (var i = 0; i < 360; i += 15) sum += Math.sin(i * Math.PI / 180) ** 2;
console.log(f(sum));
