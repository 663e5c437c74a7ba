// console.log of short arrays: single line, strings in single quotes.
console.log([1, 2, 3]);
console.log(["a", "b"]);
console.log([1, "a", true, null, undefined, NaN, -0]);
console.log([[1, 2], [3, [4, [5, [6]]]]]);
console.log([]);
console.log([[], {}]);
console.log(["it's", 'say "x"', "both ' and \""]);
console.log(["line\nbreak", "tab\t", "back\\slash"]);
