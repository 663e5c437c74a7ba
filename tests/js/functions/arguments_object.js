// The arguments object: length, indexing, and use in variadic functions.
function f() { return arguments.length; }
console.log(f(), f(1), f(1, 2, 3));
function sum() {
  var s = 0;
  for (var i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
}
console.log(sum(1, 2, 3, 4));
function second() { return arguments[1]; }
console.log(second("a", "b", "c"), second("a"));
function toArr() { return Array.prototype.slice.call(arguments); }
console.log(toArr(1, "two", null));
function typeOfArgs() { return typeof arguments + " " + Array.isArray(arguments); }
console.log(typeOfArgs());
function maxOf() { return Math.max.apply(null, arguments); }
console.log(maxOf(3, 9, 2));
function outer() { var inner = () => arguments[0]; return inner("ignored"); }
console.log(outer("outer arg"));
