// Compound assignment and ++/-- on base[key]: the base is checked before the
// key is converted and the right-hand side evaluated.
var log = [];
var o = { p: 1 };
var k = "p";
o[k] += 1; o[k]++; ++o[k]; o[k] **= 2; o[k] ??= 5; o[k] ||= 3; o[k] &&= o[k] - 1;
console.log(o.p);
try { var b = null; b[{ toString() { log.push("key"); return "x"; } }] += (log.push("rhs"), 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { var u; u["k"]++; } catch (e) { console.log(e.message); }
try { var u2; u2[3] -= (log.push("rhs2"), 1); } catch (e) { console.log(e.message); }
console.log(log);
var a = [1, 2, 3]; for (let i = 0; i < 3; i++) a[i] += i; console.log(a);
for (let i = 0; i < 3; i++) a[i]--; console.log(a);
var d = [0.5, 1.5]; d[0] *= 4; d[1.5] = 1; d[1.5] += 1; console.log(d, d[1.5]);
var s = Symbol("s"); var os = { [s]: 1 }; os[s] += 1; os[s]++; console.log(os[s]);
var m = { 1: "a" }; m[1] += "b"; m["1"] += "c"; console.log(m);
