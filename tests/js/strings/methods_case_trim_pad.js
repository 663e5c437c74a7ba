// toUpperCase, toLowerCase, trim, padStart, padEnd, repeat, concat.
console.log("Hello World".toUpperCase(), "Hello World".toLowerCase());
console.log("[" + "  spaced out \n\t".trim() + "]");
console.log("[" + "  x  ".trimStart() + "]", "[" + "  x  ".trimEnd() + "]");
console.log("5".padStart(3, "0"), "abc".padStart(8, "12"), "abc".padStart(2));
console.log("5".padEnd(3, "."), "abc".padEnd(8, "xy") + "|", "x".padStart(4) + "|");
console.log("ab".repeat(3), "x".repeat(0) === "", "-".repeat(20));
console.log("a".concat("b", 1, null, undefined));
console.log("straße".toUpperCase(), "ÀÉÎ".toLowerCase());
try { "x".repeat(-1); } catch (e) { console.log(e.name, e.message); }
