// console.log of primitives, and multiple arguments separated by spaces.
console.log(1, -1, 1.5, -0, 0, NaN, Infinity, -Infinity);
console.log("string", "", true, false, null, undefined);
console.log();
console.log("a", 1, "b", null);
console.log(123456789012, 1e21, 1e-7, 2 ** 31);
console.log("  leading and trailing  ");
console.log("multi\nline");
