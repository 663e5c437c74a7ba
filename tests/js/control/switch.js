// switch with fallthrough, default in the middle, strict comparison, strings.
function kind(x) {
  switch (x) {
    case 1:
    case 2: return "one or two";
    case "1": return "string one";
    default: return "other";
    case 3: return "three";
  }
}
console.log(kind(1), kind(2), kind("1"), kind(3), kind(4));
function fall(n) {
  var out = [];
  switch (n) {
    case 0: out.push("zero");
    case 1: out.push("one");
    default: out.push("default");
    case 2: out.push("two"); break;
    case 3: out.push("three");
  }
  return out.join(",");
}
console.log(fall(0), "|", fall(1), "|", fall(2), "|", fall(3), "|", fall(9));
function noMatch(x) { switch (x) { case 1: return "a"; } return "none"; }
console.log(noMatch(5));
var evals = [];
function v(n) { evals.push(n); return n; }
switch (v(2)) { case v(1): break; case v(2): break; case v(3): break; }
console.log(evals);
for (var i = 0; i < 4; i++) {
  switch (i) { case 1: continue; case 2: break; }
  console.log("i", i);
}
switch (NaN) { case NaN: console.log("nan matched"); break; default: console.log("nan never matches"); }
