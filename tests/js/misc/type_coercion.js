// A grid of implicit conversions.
var vals = [0, 1, -1, "", "1", "a", true, false, null, undefined, [], [2], {}];
var lines = [];
for (var i = 0; i < vals.length; i++) {
  var v = vals[i];
  lines.push(JSON.stringify(String(v)) + " num=" + Number(v) + " bool=" + Boolean(v) + " neg=" + (-v) + " plus1=" + (v + 1));
}
console.log(lines.join("\n"));
