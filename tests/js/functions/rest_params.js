// Rest parameters collect the remaining arguments into a real array.
function count(...items) { return items.length; }
console.log(count(), count(1), count(1, 2, 3));
function head(first, ...rest) { return [first, rest, Array.isArray(rest)]; }
console.log(head(1, 2, 3), head(1), head());
var sumAll = (...nums) => nums.reduce((a, b) => a + b, 0);
console.log(sumAll(1, 2, 3, 4, 5));
function join(sep, ...parts) { return parts.join(sep); }
console.log(join("-", "a", "b", "c"));
console.log(head.length, count.length);
