// Parameters captured by closures, modified after capture.
function adder(x) {
  var f = function (y) { return x + y; };
  x = x * 10;
  return f;
}
console.log(adder(2)(3));
function once(fn) {
  var done = false, result;
  return function () {
    if (!done) { done = true; result = fn.apply(this, arguments); }
    return result;
  };
}
var init = once(function (v) { console.log("init with", v); return v * 2; });
console.log(init(5), init(6));
function makeMultipliers() {
  var out = [];
  for (var i = 1; i <= 3; i++) out.push((function (k) { return function (x) { return x * k; }; })(i));
  return out;
}
console.log(makeMultipliers().map(function (f) { return f(10); }));
