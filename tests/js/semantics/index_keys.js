// Which keys are array indices: canonical numeric strings below 2^32 - 1.
var a = [];
a["0"] = "zero";
a["00"] = "not index";
a["1.0"] = "not index";
a[4294967295] = "not index";
a[4294967294] = "last index";
console.log(a.length, Object.keys(a));
var o = {};
o[1] = "a"; o["1"] = "b"; o[1.0] = "c"; o["01"] = "d"; o[-0] = "e"; o[1e21] = "f";
console.log(o, Object.keys(o));
var arr = [1, 2, 3];
console.log(arr["1"], arr[1.0], arr["1.0"], arr[" 1"]);
