// String comparison is by UTF-16 code units.
var words = ["pear", "Apple", "banana", "apple", "Banana", "10", "9", "ä"];
console.log(words.slice().sort());
console.log("a" < "b", "a" < "B", "Z" < "a", "abc" < "ab", "" < "a");
console.log("10" > "9", 10 > 9, "10" > 9);
console.log("abc" == "abc", "ab" + "c" === "abc");
console.log("a" <= "a", "b" >= "a", "\u00e4" > "z");
