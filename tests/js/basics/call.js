// Calling a function with arguments and using its result.
function add(a, b) { return a + b; }
function twice(x) { return add(x, x); }
console.log(add(2, 3));
console.log(twice(21));
console.log(add("a", "b"));
