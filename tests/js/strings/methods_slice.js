// slice, substring, at, charAt, charCodeAt, codePointAt.
var s = "JavaScript";
console.log(s.slice(4), s.slice(0, 4), s.slice(-6), s.slice(-6, -2), s.slice(5, 2));
console.log(s.substring(4), s.substring(4, 0), s.substring(-3, 4), s.substring(2, 100));
console.log(s.at(0), s.at(-1), s.at(100));
console.log(s.charCodeAt(0), s.charCodeAt(100), s.codePointAt(1));
console.log(s.charAt(-1) === "", s.slice(100) === "");
var r = "";
for (var i = s.length - 1; i >= 0; i--) r += s[i];
console.log(r);
