// int32 arithmetic on local variables.
var a = 20, b = 6;
console.log(a + b);
console.log(a - b);
console.log(a * b);
console.log(a % b);
console.log(a / b);
console.log(-a);
