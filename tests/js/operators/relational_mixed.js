// <, >, <=, >= on mixed types.
console.log(1 < 2, "1" < 2, "a" < 1, "a" > 1, null < 1, undefined < 1);
console.log([2] > 1, [1, 2] > 1, ({}) < 1, true > false, true > 0.5);
console.log("2" > "10", 2 > "10", "abc" >= "abc", null <= 0, undefined <= 0);
console.log(NaN <= NaN, NaN >= 0, -0 < 0, -0 <= 0);
console.log(Infinity > Number.MAX_VALUE, -Infinity < -Number.MAX_VALUE);
var v = { valueOf: function () { return 5; } };
console.log(v > 4, v < 6, v >= "5", "6" > v);
var order = [];
var a = { valueOf: function () { order.push("a"); return 1; } };
var b = { valueOf: function () { order.push("b"); return 2; } };
console.log(a < b, b > a, order.join(""));
