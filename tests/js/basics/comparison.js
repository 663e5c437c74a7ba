// Comparison operators on numbers, printing booleans.
var a = 3, b = 5;
console.log(a < b, a > b, a <= 3, b >= 6, a === 3, a !== b, a == "3");
