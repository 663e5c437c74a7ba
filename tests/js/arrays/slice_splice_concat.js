// slice, splice and concat.
var a = [0, 1, 2, 3, 4, 5];
console.log(a.slice(2), a.slice(1, 3), a.slice(-2), a.slice(-3, -1), a.slice(4, 1), a.slice());
var b = a.slice();
console.log(b.splice(1, 2), b);
var c = a.slice();
console.log(c.splice(2, 0, "x", "y"), c);
var d = a.slice();
console.log(d.splice(-2), d);
var e = a.slice();
console.log(e.splice(1, 3, "only"), e);
var f = a.slice();
console.log(f.splice(3), f);
console.log([1, 2].concat([3, 4], 5, [[6]]), a.concat());
console.log([].concat(1, [2], [], [[3, 4]]));
console.log(a);
