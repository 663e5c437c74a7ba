// Functions as values: passing, returning, composing.
function compose(f, g) { return function (x) { return f(g(x)); }; }
var inc = function (x) { return x + 1; };
var dbl = function (x) { return x * 2; };
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
function apply(fn, n, x) { for (var i = 0; i < n; i++) x = fn(x); return x; }
console.log(apply(dbl, 10, 1));
function curry(a) { return function (b) { return function (c) { return a + b + c; }; }; }
console.log(curry(1)(2)(3), curry("a")("b")("c"));
var ops = { add: (a, b) => a + b, mul: (a, b) => a * b };
var names = ["add", "mul"];
for (var i = 0; i < names.length; i++) console.log(names[i], ops[names[i]](6, 7));
function memo(fn) {
  var cache = {};
  return function (n) { if (n in cache) return cache[n]; return (cache[n] = fn(n)); };
}
var slowSquare = memo(function (n) { return n * n; });
console.log(slowSquare(12), slowSquare(12));
console.log([1, 2, 3].map(inc).map(dbl));
