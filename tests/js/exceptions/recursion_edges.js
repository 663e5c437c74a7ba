// Deep recursion with finally, 8000-deep non-tail recursion, self-recursive toString, cyclic join.
var depth = 0;
function rec() { depth++; try { rec(); } finally { } }
try { rec(); } catch (e) { console.log(e instanceof RangeError, depth > 1000); }
function rec2(n) { if (n === 0) return 0; return 1 + rec2(n - 1); }
console.log(rec2(8000));
var o = {}; o.toString = function () { return "" + this; };
try { String(o); } catch (e) { console.log(e.name); }
var arr = []; arr.push(arr);
try { arr.join(); console.log("join ok", JSON.stringify(String(arr))); } catch (e) { console.log(e.name); }
