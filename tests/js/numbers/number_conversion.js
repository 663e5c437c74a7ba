// ToNumber on strings, booleans, null, undefined and objects.
console.log(Number("42"), Number("  42  "), Number("4 2"));
console.log(Number(""), Number(" "), Number("0x1F"), Number("0b101"), Number("0o17"));
console.log(Number("1e3"), Number("-1.5e-3"), Number(".5"), Number("5."));
console.log(Number("Infinity"), Number("-Infinity"), Number("infinity"));
console.log(Number(true), Number(false), Number(null), Number(undefined));
console.log(Number([]), Number([7]), Number([1, 2]), Number({}));
console.log(+"3" + +"4");
console.log(-"5", +"-0");
console.log("10" * "2", "10" / "4", "10" - "3");
console.log("abc" * 2);
console.log(Number("12px"));
console.log(Number("\n\t 12 \n"));
console.log(Number("+12"), Number("-0x10"));
