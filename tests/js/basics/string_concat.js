// String concatenation with + and +=.
var s = "ab";
s = s + "cd";
s += "ef";
console.log(s, s.length);
console.log("n=" + 5);
