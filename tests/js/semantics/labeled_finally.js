// break and continue through finally blocks, with labels and nesting.
var log = [];
outer: for (var i = 0; i < 3; i++) {
  try {
    for (var j = 0; j < 3; j++) {
      try {
        if (j === 1) continue outer;
        log.push(i + "" + j);
      } finally {
        log.push("f" + j);
      }
    }
  } finally {
    log.push("F" + i);
  }
}
console.log(log.join(" "));
function f() {
  var out = [];
  lbl: try {
    out.push("try");
    break lbl;
  } finally {
    out.push("finally");
  }
  out.push("after");
  return out.join(",");
}
console.log(f());
function g() {
  try {
    try { throw new Error("inner"); }
    finally { return "returned from finally"; }
  } catch (e) {
    return "never";
  }
}
console.log(g());
var count = 0;
while (true) { try { count++; if (count < 3) continue; break; } finally { count += 10; } }
console.log(count);
