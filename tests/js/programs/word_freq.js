// Word frequency count over a text, sorted by count then alphabetically.
var text = "It was the best of times, it was the worst of times, it was the age of wisdom, " +
  "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, " +
  "it was the season of Light, it was the season of Darkness, it was the spring of hope, " +
  "it was the winter of despair.";
var words = text.toLowerCase().split(" ");
var counts = {};
for (var i = 0; i < words.length; i++) {
  var w = "";
  for (var j = 0; j < words[i].length; j++) {
    var c = words[i][j];
    if (c >= "a" && c <= "z") w += c;
  }
  if (!w) continue;
  counts[w] = (counts[w] || 0) + 1;
}
var entries = Object.keys(counts).map(function (k) { return [k, counts[k]]; });
entries.sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); });
for (var k = 0; k < 8; k++) console.log(entries[k][0].padEnd(12) + String(entries[k][1]).padStart(3));
console.log("distinct:", entries.length, "total:", words.length);
var longest = entries.reduce(function (best, e) { return e[0].length > best.length ? e[0] : best; }, "");
console.log("longest:", longest);
