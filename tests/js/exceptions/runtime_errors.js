// TypeErrors from the runtime and their messages.
function msg(f) { try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } }
console.log(msg(function () { var o; o.x; }));
console.log(msg(function () { var o = null; o.x = 1; }));
console.log(msg(function () { var o = {}; o.f(); }));
console.log(msg(function () { var n = 5; n(); }));
console.log(msg(function () { undefinedVar; }));
console.log(msg(function () { new (function () {}.bind())(); }));
console.log(msg(function () { "abc".repeat(Infinity); }));
console.log(msg(function () { (1.5).toFixed(200); }));
console.log(msg(function () { (10).toString(1); }));
console.log(msg(function () { Object.create(5); }));
console.log(msg(function () { var a = []; a.length = -1; }));
