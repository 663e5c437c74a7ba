// A closure keeps its own copy of captured variables per call.
function makeCounter() {
  var n = 0;
  return function () { return ++n; };
}
var c1 = makeCounter();
var c2 = makeCounter();
console.log(c1(), c1(), c1(), c2(), c1(), c2());
function makeAcc(start) {
  return { add: function (v) { start += v; return start; }, get: function () { return start; } };
}
var acc = makeAcc(10);
acc.add(5); acc.add(-3);
console.log(acc.get());
