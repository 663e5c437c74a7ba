// JSON.parse of every kind of value, whitespace, escapes and errors.
console.log(JSON.parse("1"), JSON.parse("-1.5e2"), JSON.parse('"s"'), JSON.parse("true"), JSON.parse("null"));
var o = JSON.parse(' { "a" : [1, 2, {"b": null}], "c": "\\u0041\\n", "d": {} } ');
console.log(o, o.c.length);
console.log(JSON.parse("[]"), JSON.parse("[[[]]]"), JSON.parse('{"__proto__": 1}'));
var bad = ["{a:1}", "[1,]", "'s'", "", "01", "1 2", "{\"a\":1,}", "[1", "nul", "\"\t\""];
for (var i = 0; i < bad.length; i++) {
  try { JSON.parse(bad[i]); console.log("parsed?", bad[i]); } catch (e) { console.log(e.name); }
}
console.log(JSON.parse('{"a":1,"a":2}').a);
console.log(JSON.parse("[1, 2, 3]", function (k, v) { return typeof v === "number" ? v + 1 : v; }));
console.log(JSON.parse(" \n\t 42 \n"));
