// console.log of error objects prints their stack; only the first line is stable, so print pieces.
var e = new Error("boom");
console.log(String(e));
console.log(e.stack.split("\n")[0]);
var t = new TypeError("bad type");
console.log(t.stack.split("\n")[0]);
console.log(t.stack.split("\n")[1].trim().slice(0, 3));
console.log([String(new RangeError("r"))]);
console.log({ msg: String(e) });
