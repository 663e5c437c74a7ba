// Formatting a table with templates and padding.
var rows = [["apple", 3, 0.5], ["banana", 12, 0.25], ["cherry", 100, 0.1]];
console.log(`${"item".padEnd(8)}|${"qty".padStart(5)}|${"price".padStart(7)}`);
console.log("-".repeat(22));
var total = 0;
for (var i = 0; i < rows.length; i++) {
  var r = rows[i];
  total += r[1] * r[2];
  console.log(`${r[0].padEnd(8)}|${String(r[1]).padStart(5)}|${r[2].toFixed(2).padStart(7)}`);
}
console.log(`total: ${total.toFixed(2)}`);
