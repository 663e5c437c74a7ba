// split by a string, and join back.
console.log("a,b,c".split(","));
console.log("a,b,,c,".split(","));
console.log("abc".split(""));
console.log("a b c".split(" ", 2));
console.log("no separator".split("|"));
console.log("".split(","), "".split(""));
console.log("a--b--c".split("--"));
console.log("x".split());
console.log("one two three".split(" ").join("-"));
console.log("2024-01-15".split("-").map(Number));
var words = "the rain in spain".split(" ");
for (var i = 0; i < words.length; i++) words[i] = words[i][0].toUpperCase() + words[i].slice(1);
console.log(words.join(" "));
