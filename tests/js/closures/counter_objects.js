// Many closures created in a loop each keep independent state.
function makeCounters(n) {
  var cs = [];
  for (var i = 0; i < n; i++) {
    cs.push((function (start) {
      var c = start;
      return { inc: function () { return ++c; }, get: function () { return c; } };
    })(i * 100));
  }
  return cs;
}
var cs = makeCounters(5);
for (var r = 0; r < 3; r++) cs.forEach(function (c, idx) { for (var k = 0; k <= idx; k++) c.inc(); });
console.log(cs.map(function (c) { return c.get(); }));
var fns = [];
for (let i = 0; i < 1000; i++) fns.push(() => i * 2);
var s = 0;
for (var j = 0; j < fns.length; j++) s += fns[j]();
console.log(s);
