// for-in order: integer keys ascending, then strings in insertion order, then inherited.
var o = { b: 1, 10: 1, a: 1, 2: 1, "01": 1 };
var keys = [];
for (var k in o) keys.push(k);
console.log(keys.join(" "));
function P() { this.own1 = 1; this.own2 = 2; }
P.prototype.inh = 3;
var p = new P();
var ks = [];
for (var key in p) ks.push(key + (p.hasOwnProperty(key) ? "" : "*"));
console.log(ks.join(" "));
var arr = ["x", "y", "z"];
arr.extra = true;
var ai = [];
for (var i in arr) ai.push(i + ":" + typeof i);
console.log(ai.join(" "));
var seen = [];
var mut = { a: 1, b: 2, c: 3 };
for (var m in mut) { seen.push(m); delete mut.c; }
console.log(seen.join(""));
for (var nk in null) console.log("never");
for (var sk in "ab") console.log(sk);
