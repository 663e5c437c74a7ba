// Exponential backtracking is slow but right; a backtrack stack past its
// limit is a RangeError, never a C stack overflow.
const s = "a".repeat(22) + "b";

console.log(/(a+)+$/.test(s));
console.log(/^(a|b)*c/.test("ab".repeat(200000)), /^(?:a|b)*$/.test("ab".repeat(200000)));
try { console.log(/(a|b)*c/.test("ab".repeat(1e7))); } catch (e) { console.log(e.name + ": " + e.message); }
