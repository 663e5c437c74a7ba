// String() and implicit conversion of every kind of value.
console.log(String(123), String(-1.5), String(true), String(null), String(undefined));
console.log(String([1, 2, 3]), String([]), String([null]), String([undefined, 1]));
console.log(String({}), String([[1, 2], [3]]));
console.log(String(function f() {}).length > 0);
console.log("" + [1, [2, [3]]]);
console.log(`${null} ${undefined} ${[1, 2]} ${{}}`);
console.log((123).toString(), true.toString(), [4, 5].toString());
var o = { toString: function () { return "custom"; } };
console.log(String(o), "" + o, `${o}`);
