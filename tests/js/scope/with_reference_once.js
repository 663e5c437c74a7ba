// Updates and compound assignments through `with` objects.
var o = { n: 1 };
with (o) { n++; ++n; n += 10; n--; n **= 2; }
console.log(o.n);
var y = 5;
with ({}) { y++; y *= 2; }
console.log(y);
var p = { get v() { return 4; }, set v(x) { console.log("set", x); } };
with (p) { v++; v -= 1; }
with ({ z: 1 }) { (function () { "use strict"; z++; z += 1; })(); }
