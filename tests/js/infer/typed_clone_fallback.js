// A function mostly called with int32 arguments must still be right for doubles,
// strings, objects, missing arguments and results that overflow int32.
function add(a, b) { return a + b; }
var s = 0;
for (var i = 0; i < 1000; i++) s = add(s, i);
console.log(s);
console.log(add(1.5, 2), add(2147483647, 1), add(-2147483648, -1));
console.log(add("1", 2), add(1, "2"), add([1], [2]), add({}, 1));
console.log(add(1), add(), add(true, null), add(undefined, 1));
var o = { valueOf: function () { return 41; } };
console.log(add(o, 1));
function mul(a, b) { return a * b; }
console.log(mul(65536, 65536), mul(-1, 0), mul(0, -1), mul(46341, 46341), mul("3", "4"));
function sq(x) { return x * x; }
var t = 0;
for (var j = 0; j < 100; j++) t += sq(j);
console.log(t, sq(0.5), sq(-0), sq("7"), sq(1e200));
