// String literals, escapes, length and indexing.
var s = "hello";
console.log(s, s.length, s[0], s[4], s[5]);
console.log('single "quotes"', "double 'quotes'");
console.log("tab\there", "new\\nline");
console.log("line1\nline2");
console.log("\u0041\u00e9\x41");
console.log("caf\u00e9".length);
console.log("".length, typeof "");
console.log("abc" + "def", "a" + 1 + 2, 1 + 2 + "a");
console.log("abc" < "abd", "B" < "a", "10" < "9", "abc" === "abc");
console.log(s.charAt(1), s.charAt(10) === "");
var e = "\u{1F600}";
console.log(e.length, e.charCodeAt(0), e.charCodeAt(1), e.codePointAt(0));
