// finally runs on normal exit, on throw, on return, on break and continue.
function f1() { try { return "try"; } finally { console.log("finally 1"); } }
console.log(f1());
function f2() { try { throw new Error("x"); } catch (e) { return "caught"; } finally { console.log("finally 2"); } }
console.log(f2());
function f3() { try { return "try"; } finally { return "finally wins"; } }
console.log(f3());
function f4() { try { throw new Error("lost"); } finally { return "swallowed"; } }
console.log(f4());
function f5() {
  var out = [];
  for (var i = 0; i < 5; i++) {
    try { if (i === 1) continue; if (i === 3) break; out.push(i); }
    finally { out.push("f" + i); }
  }
  return out.join(" ");
}
console.log(f5());
function f6() { var x = 1; try { return x; } finally { x = 2; } }
console.log(f6());
function f7() {
  for (var i = 0; i < 3; i++) { try { return i; } finally { if (i < 2) continue; } }
  return "end";
}
console.log(f7());
function f8() { label: try { return "try"; } finally { break label; } return "after break"; }
console.log(f8());
