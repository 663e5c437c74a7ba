// setTimeout passes extra arguments; clearTimeout cancels.
setTimeout(function (a, b) { console.log("args", a, b); }, 5, "x", 42);
var t = setTimeout(function () { console.log("cancelled"); }, 5);
clearTimeout(t);
clearTimeout(undefined);
clearTimeout(12345);
setTimeout(function () { console.log("done"); }, 10);
