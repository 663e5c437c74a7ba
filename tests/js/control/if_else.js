// if / else if / else with truthiness of every kind of value.
function classify(n) {
  if (n < 0) return "negative";
  else if (n === 0) return "zero";
  else if (n < 10) return "small";
  else return "large";
}
console.log(classify(-5), classify(0), classify(3), classify(100));
var vals = [0, 1, "", "0", null, undefined, NaN, [], {}, -0, 0.1, "false"];
var r = [];
for (var i = 0; i < vals.length; i++) { if (vals[i]) r.push("T"); else r.push("F"); }
console.log(r.join(""));
var x = 5;
if (x > 1) if (x > 10) console.log("a"); else console.log("dangling else binds inner");
if (x) { } else { console.log("never"); }
