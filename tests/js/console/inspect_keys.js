// Key quoting and ordering in console.log output.
var o = {};
o.b = 1; o.a = 2; o[10] = 3; o[2] = 4; o["x-y"] = 5; o["with space"] = 6; o.$ = 7; o._u = 8;
console.log(o);
console.log({ "class": 1, "function": 2, "null": 3, "true": 4 });
console.log({ "日本": 1, "ñ": 2 });
console.log({ "'": 1, '"': 2, "\n": 3 });
