// Strings are immutable values: index assignment is ignored, methods return new strings.
var s = "hello";
s[0] = "J";
console.log(s);
var t = s.toUpperCase();
console.log(s, t);
var u = s;
u += " world";
console.log(s, u);
console.log(s.length);
s.length = 1;
console.log(s.length);
var parts = s.split("");
parts[0] = "J";
console.log(parts.join(""), s);
