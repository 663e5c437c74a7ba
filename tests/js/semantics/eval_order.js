// Evaluation order of operands, arguments, member keys and assignments.
var log = [];
function t(name, v) { log.push(name); return v; }
t("a", 1) + t("b", 2) * t("c", 3);
console.log(log.join("")); log = [];
function f() { return Array.prototype.join.call(arguments, ""); }
f(t("x", 1), t("y", 2), t("z", 3));
console.log(log.join("")); log = [];
var o = {};
t("obj", o)[t("key", "k")] = t("val", 5);
console.log(log.join(" "), o.k); log = [];
var i = 0;
var arr = [];
arr[i++] = i;
arr[i++] = i;
console.log(arr, i);
var a = 1;
var r = a + (a = 5) + a;
console.log(r, a);
var x = 1;
x += (x = 10);
console.log(x);
var obj = { v: 1 };
var saved = obj;
obj.v = (obj = { v: 2 }, 3);
console.log(saved.v, obj.v);
var p, q;
p = q = [1];
console.log(p === q);
t("L", 1) < t("R", 2);
t("L2", {}) == t("R2", 1);
console.log(log.join(" "));
