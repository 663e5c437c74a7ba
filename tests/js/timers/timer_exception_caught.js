// Exceptions caught inside timer callbacks do not stop the loop.
var n = 0;
function risky() { n++; if (n % 2) throw new Error("odd " + n); return n; }
var id = setInterval(function () {
  try { console.log("ok", risky()); } catch (e) { console.log("caught", e.message); }
  if (n >= 6) clearInterval(id);
}, 1);
