// Arrays converted to strings and numbers.
console.log(String([1, [2, 3]]), [1, 2] + "", [] + 1, [5] * 2, [1, 2] * 2);
console.log([null, undefined].toString(), [[], [[]]].toString() === ",");
console.log("" + [function () {}].length, `${[1, "a", true]}`);
var nested = [1, [2, [3, [4]]]];
console.log(nested.toString(), nested.join(";"));
