// Objects with many keys, and keys that need quoting.
var o = {};
for (var i = 0; i < 30; i++) o["k" + i] = i;
console.log(o);
console.log({ "": 1, "a b": 2, "1a": 3, a1: 4, "ünï": 5, _: 6, "0": 7, "-1": 8 });
