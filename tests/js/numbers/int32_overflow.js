// Adding past the int32 range must produce exact doubles, not wrap around.
var a = 2147483647;
console.log(a + 1);
console.log(a * 2);
var b = -2147483648;
console.log(b - 1);
console.log(-b);
var x = 65536;
console.log(x * x);
console.log(x * x * x);
var i = 2147483640;
for (var k = 0; k < 10; k++) i++;
console.log(i);
var m = 46341;
console.log(m * m);
console.log((a + 1) | 0);
console.log(a + a + a);
