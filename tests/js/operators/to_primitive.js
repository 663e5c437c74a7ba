// ToPrimitive: valueOf preferred for numbers, toString for strings.
var both = { valueOf: function () { return 42; }, toString: function () { return "str"; } };
console.log(both + 1, both * 2, both + "", `${both}`, String(both), both > 41, both == 42);
var onlyToString = { toString: function () { return "7"; } };
console.log(onlyToString * 2, onlyToString + 1, onlyToString == 7);
var objValue = { valueOf: function () { return {}; }, toString: function () { return "fallback"; } };
console.log(objValue + 1);
var bad = { valueOf: function () { return {}; }, toString: function () { return {}; } };
try { bad + 1; } catch (e) { console.log(e.name + ": " + e.message); }
var date = { valueOf: function () { return 1000; } };
console.log(date - 1, -date, +date, date / 10);
var arr = [3];
arr.valueOf = function () { return 100; };
console.log(arr + 1, arr * 1);
var calls = [];
var tracked = {
  valueOf: function () { calls.push("valueOf"); return 1; },
  toString: function () { calls.push("toString"); return "t"; }
};
tracked + 1; String(tracked); tracked < 2; [tracked].join();
console.log(calls.join(" "));
