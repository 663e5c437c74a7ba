// Nested try blocks; throws from catch and finally.
function t(mode) {
  var out = [];
  try {
    try {
      out.push("inner try");
      throw new Error("inner");
    } catch (e) {
      out.push("inner catch " + e.message);
      if (mode === 1) throw new Error("from catch");
    } finally {
      out.push("inner finally");
      if (mode === 2) throw new Error("from finally");
    }
    out.push("after inner");
  } catch (e) {
    out.push("outer catch " + e.message);
  } finally {
    out.push("outer finally");
  }
  return out.join(" > ");
}
console.log(t(0));
console.log(t(1));
console.log(t(2));
var count = 0;
for (var i = 0; i < 100; i++) { try { if (i % 3 === 0) throw i; } catch (x) { count += x; } }
console.log(count);
