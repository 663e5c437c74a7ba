// Closures over variables several scopes up, and recursion through closures.
function level1() {
  var a = "a";
  function level2() {
    var b = "b";
    function level3() {
      var c = "c";
      return function () { return a + b + c; };
    }
    return level3();
  }
  return level2();
}
console.log(level1()());
var fib = (function () {
  var memo = [0, 1];
  function f(n) {
    if (memo[n] !== undefined) return memo[n];
    return (memo[n] = f(n - 1) + f(n - 2));
  }
  return f;
})();
console.log(fib(50), fib(78));
function makeList() {
  var fns = [];
  for (var i = 0; i < 3; i++) {
    let j = i;
    fns.push(function () { return i * 10 + j; });
  }
  return fns;
}
console.log(makeList().map(function (f) { return f(); }));
