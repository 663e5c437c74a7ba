// + on mixed types: string concatenation vs numeric addition.
console.log(1 + 2, "1" + 2, 1 + "2", 1 + 2 + "3", "1" + 2 + 3);
console.log(true + 1, true + true, null + 1, undefined + 1, null + null);
console.log([] + [], [] + {}, [1] + [2], [1, 2] + 3);
console.log("x" + null, "x" + undefined, "x" + true, "x" + NaN);
console.log({} + "", typeof ({} + 1));
console.log(1 + -0, -0 + -0, "" + -0);
var d = { valueOf: function () { return 10; }, toString: function () { return "ten"; } };
console.log(d + 1, d + "1", `${d}`, String(d));
console.log(1.5 + 2.25, 0.1 + 0.7, 1e308 + 1e308);
var s = 5;
s += "5";
console.log(s, typeof s);
