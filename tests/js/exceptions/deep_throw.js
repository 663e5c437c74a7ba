// An exception thrown deep in a call chain unwinds to the nearest catch, running finallys.
var log = [];
function level(n) {
  try {
    if (n === 0) throw new RangeError("bottom reached");
    return level(n - 1);
  } finally {
    log.push(n);
  }
}
try { level(5); } catch (e) { console.log(e.name, e.message); }
console.log(log.join(","));
function thrower() { throw new TypeError("from callback"); }
try { [1, 2, 3].forEach(function (x) { if (x === 2) thrower(); }); } catch (e) { console.log("caught", e.message); }
try { [3, 1, 2].sort(function () { throw new Error("in comparator"); }); } catch (e) { console.log(e.message); }
try { JSON.parse("{bad"); } catch (e) { console.log(e.name); }
function rethrow() { try { thrower(); } catch (e) { e.message += " (rethrown)"; throw e; } }
try { rethrow(); } catch (e) { console.log(e.message); }
var obj = { get bad() { throw new Error("from getter"); } };
try { obj.bad; } catch (e) { console.log(e.message); }
var conv = { toString: function () { throw new Error("from toString"); } };
try { "" + conv; } catch (e) { console.log(e.message); }
