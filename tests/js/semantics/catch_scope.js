// The catch parameter is block scoped; closures capture it; var inside catch hoists out.
var fns = [];
for (var i = 0; i < 3; i++) {
  try { throw i * 10; } catch (e) { fns.push(function () { return e; }); }
}
console.log(fns.map(function (f) { return f(); }));
var e = "outer";
try { throw "inner"; } catch (e) { var e = "assigned in catch"; }
console.log(e);
try { throw new Error("x"); } catch (err) { var hoisted = err.message; }
console.log(hoisted, typeof err);
function nested() {
  try { throw 1; } catch (a) {
    try { throw 2; } catch (b) { return a + b; }
  }
}
console.log(nested());
