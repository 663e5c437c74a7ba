// indexOf, lastIndexOf, includes (NaN and -0 handling).
var a = [1, 2, 3, 2, 1, NaN, -0];
console.log(a.indexOf(2), a.indexOf(2, 2), a.indexOf(9), a.lastIndexOf(2), a.lastIndexOf(1, 3));
console.log(a.indexOf(NaN), a.includes(NaN), a.indexOf(0), a.includes(0), a.includes(-0));
console.log(a.includes(3, 3), a.includes(1, -3), a.indexOf(1, -3));
console.log(["a", "b"].indexOf("b"), ["1"].indexOf(1), [null].includes(undefined), [undefined].includes(undefined));
console.log([,].includes(undefined), [,].indexOf(undefined));
