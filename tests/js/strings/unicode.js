// UTF-16 code units: lengths, indexing and case mapping outside ASCII.
var s = "héllo wörld";
console.log(s.length, s.toUpperCase(), s.indexOf("ö"));
var g = "日本語";
console.log(g.length, g[1], g.charCodeAt(2));
var emoji = "a😀b";
console.log(emoji.length, emoji.codePointAt(1), emoji.codePointAt(2), emoji.at(-1));
console.log(emoji.slice(1, 3) === "😀");
console.log(["ü", "é", "日"]);
console.log({ name: "Zoë" });
console.log("Ω".charCodeAt(0).toString(16));
