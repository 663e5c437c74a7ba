// Closures created in one scope share its variables.
function pair() {
  var value = 0;
  function get() { return value; }
  function set(v) { value = v; }
  return [get, set];
}
var p = pair();
p[1](42);
console.log(p[0]());
var q = pair();
console.log(q[0](), p[0]());
function nested() {
  var a = 1;
  return function () {
    var b = 2;
    return function () {
      a++; b++;
      return a + b;
    };
  };
}
var mid = nested();
var f1 = mid(), f2 = mid();
console.log(f1(), f1(), f2(), f1());
