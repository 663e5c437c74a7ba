// join and reverse.
var a = [1, 2, 3];
console.log(a.join(), a.join(""), a.join(" - "), [].join(), [null, undefined, 1].join("|"));
console.log([[1, 2], [3]].join(";"), [1.5, -0, "s", true].join(","));
console.log(a.reverse(), a);
console.log([].reverse(), [1].reverse(), [1, 2, 3, 4].reverse());
var s = "stressed".split("").reverse().join("");
console.log(s);
