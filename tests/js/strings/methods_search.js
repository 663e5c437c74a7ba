// indexOf, lastIndexOf, includes, startsWith, endsWith.
var s = "the quick brown fox jumps over the lazy dog";
console.log(s.indexOf("the"), s.indexOf("the", 1), s.indexOf("cat"));
console.log(s.lastIndexOf("the"), s.lastIndexOf("o"), s.lastIndexOf("o", 20));
console.log(s.includes("fox"), s.includes("Fox"), s.includes(""));
console.log(s.startsWith("the"), s.startsWith("quick", 4), s.startsWith("dog"));
console.log(s.endsWith("dog"), s.endsWith("lazy", 38), s.endsWith(""));
console.log("aaa".indexOf("", 2), "aaa".lastIndexOf(""));
console.log("abcabc".indexOf("c", -5), "abc".indexOf("c", 10));
