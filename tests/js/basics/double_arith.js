// Double arithmetic on local variables.
var x = 1.5, y = 0.25;
console.log(x + y);
console.log(x - y);
console.log(x * y);
console.log(x / y);
console.log(x % y);
