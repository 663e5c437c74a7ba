// Array methods applied to strings and array-like objects via call.
var like = { length: 3, 0: "a", 1: "b", 2: "c" };
console.log(Array.prototype.map.call(like, function (x) { return x.toUpperCase(); }));
console.log(Array.prototype.join.call(like, "+"), Array.prototype.slice.call(like, 1));
console.log(Array.prototype.map.call("abc", function (ch, i) { return ch + i; }));
console.log(Array.prototype.indexOf.call("hello", "l"), Array.prototype.filter.call("a1b2", function (c) { return c > "9"; }));
console.log(Array.from(like), Array.prototype.reverse.call({ length: 2, 0: 1, 1: 2 }));
function args() { return Array.prototype.map.call(arguments, function (x) { return x * 2; }); }
console.log(args(1, 2, 3));
