// new on non-constructors throws TypeError; calling undefined methods too.
function msg(f) { try { f(); return "ok"; } catch (e) { return e.name; } }
var arrow = () => 1;
var obj = { method() {} };
console.log(msg(function () { new arrow(); }));
console.log(msg(function () { new obj.method(); }));
console.log(msg(function () { new Math.max(); }));
console.log(msg(function () { new (function () {})(); }));
console.log(msg(function () { new 5; }));
console.log(msg(function () { ({}).missing(); }));
console.log(msg(function () { var s = "str"; s(); }));
var B = function () { this.b = 1; }.bind(null);
console.log(new B().b, new B() instanceof B);
