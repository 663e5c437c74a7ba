// Exceptions thrown from constructors, getters, and array callbacks.
function Strict(v) {
  if (typeof v !== "number") throw new TypeError("Strict needs a number, got " + typeof v);
  this.v = v;
}
var made = [];
[1, "two", 3, null].forEach(function (v) {
  try { made.push(new Strict(v).v); } catch (e) { made.push(e.message); }
});
console.log(made);
function tryAll(fns) {
  return fns.map(function (f) { try { return f(); } catch (e) { return e.name; } });
}
console.log(tryAll([
  function () { return 1; },
  function () { throw new RangeError(); },
  function () { return [].reduce(function () {}); },
  function () { return null.x; },
  function () { return "ok"; }
]));
var finallyCount = 0;
for (var i = 0; i < 10; i++) {
  try { if (i % 2) throw i; } catch (e) { continue; } finally { finallyCount++; }
}
console.log(finallyCount);
