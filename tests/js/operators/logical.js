// &&, ||, ?? return operands and short-circuit; ?: picks a branch.
console.log(1 && 2, 0 && 2, "" || "x", "a" || "b", null || undefined);
console.log(null ?? "d", undefined ?? "d", 0 ?? "d", "" ?? "d", false ?? "d");
console.log(!0, !1, !"", !"a", !null, !undefined, ![], !{}, !NaN, !!-0);
var log = [];
function t(v) { log.push(v); return v; }
t(0) && t(1);
t(1) || t(2);
t(null) ?? t(3);
t(4) ?? t(5);
console.log(log.join(","));
var n = 7;
console.log(n > 5 ? "big" : "small", n > 10 ? "huge" : n > 5 ? "big" : "small");
console.log((null || 0) ?? "z");
var cnt = 0;
var r = false ? cnt++ : (cnt += 10);
console.log(r, cnt);
