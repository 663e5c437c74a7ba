// Regression: functions compiled as typed clones (int32 arguments) must
// still appear in Error.stack, with their names and call-site lines, and the
// top level shows as node's "Object.<anonymous>" with an absolute path.
function depth(n) {
  if (n > 2) return new Error("deep").stack;
  return depth(n + 1);
}
var lines = depth(0).split("\n");
console.log(lines[0]);
for (var i = 1; i <= 5; i++) {
  var line = lines[i].trim();
  var name = line.slice(3, line.indexOf(" ("));
  var where = line.slice(line.indexOf("(") + 1, -1).split(":");
  var file = where[0];
  console.log(name, file.charAt(0) === "/", file.endsWith("stack_trace_frames.js"), "line " + where[1]);
}
