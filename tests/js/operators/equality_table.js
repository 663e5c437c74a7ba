// == and === over a table of values of every type.
var vals = [0, -0, 1, "", "0", "1", "a", null, undefined, NaN, true, false, [], [0], [1], {}, Infinity];
var names = ["0", "-0", "1", '""', '"0"', '"1"', '"a"', "null", "undef", "NaN", "true", "false", "[]", "[0]", "[1]", "{}", "Inf"];
for (var i = 0; i < vals.length; i++) {
  var row = "";
  var row2 = "";
  for (var j = 0; j < vals.length; j++) {
    row += vals[i] == vals[j] ? "1" : ".";
    row2 += vals[i] === vals[j] ? "1" : ".";
  }
  console.log(names[i].padEnd(6) + row + "  " + row2);
}
var o = {};
console.log(o == o, o === o, {} == {}, [] == []);
console.log(null == 0, null >= 0, undefined == 0, null == false);
console.log("1" == 1, "1.0" == 1, " 1 " == 1, "0x10" == 16);
console.log(true == 1, true == 2, true == "1", false == "");
