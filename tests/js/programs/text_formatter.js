// Word-wrap and justify a paragraph to a fixed width.
var text = "Kiln compiles JavaScript ahead of time into standalone native executables. " +
  "It is written in C on top of LLVM, and its runtime uses a conservative garbage collector " +
  "and an event loop so that compiled programs behave the way they would under node.";
function wrap(t, width) {
  var words = t.split(" "), lines = [], cur = [];
  var len = 0;
  for (var i = 0; i < words.length; i++) {
    var w = words[i];
    if (cur.length && len + 1 + w.length > width) { lines.push(cur); cur = []; len = 0; }
    len += (cur.length ? 1 : 0) + w.length;
    cur.push(w);
  }
  if (cur.length) lines.push(cur);
  return lines;
}
function justify(words, width) {
  if (words.length === 1) return words[0].padEnd(width);
  var chars = words.join("").length;
  var gaps = words.length - 1, spaces = width - chars;
  var out = "";
  for (var i = 0; i < words.length; i++) {
    out += words[i];
    if (i < gaps) out += " ".repeat(Math.floor(spaces / gaps) + (i < spaces % gaps ? 1 : 0));
  }
  return out;
}
var lines = wrap(text, 40);
console.log("+" + "-".repeat(40) + "+");
for (var i = 0; i < lines.length; i++) {
  var s = i === lines.length - 1 ? lines[i].join(" ").padEnd(40) : justify(lines[i], 40);
  console.log("|" + s + "|");
}
console.log("+" + "-".repeat(40) + "+");
var centered = wrap(text, 30).map(function (l) {
  var s = l.join(" ");
  var left = Math.floor((30 - s.length) / 2);
  return " ".repeat(left) + s;
});
console.log(centered.join("\n"));
