// let/const inside switch cases share one block; functions declared in cases.
function run(x) {
  switch (x) {
    case "a": {
      let v = "block a";
      return v;
    }
    case "b":
      let w = "case b";
      return w;
    case "c":
      try { return w; } catch (e) { return e.name; }
    default:
      return helper();
      function helper() { return "helper " + x; }
  }
}
console.log(run("a"), run("b"), run("c"), run("z"));
var out = [];
for (var i = 0; i < 6; i++) {
  switch (i % 3) {
    case 0: out.push("zero"); continue;
    case 1: if (i > 3) break; out.push("one");
    case 2: out.push("two");
  }
  out.push("|");
}
console.log(out.join(" "));
