// A function that returns a closure over its parameter.
function adder(n) { return function (x) { return x + n; }; }
var add5 = adder(5);
console.log(add5(1), add5(10));
