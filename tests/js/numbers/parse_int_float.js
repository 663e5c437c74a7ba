// parseInt and parseFloat.
console.log(parseInt("42"), parseInt("  42abc"), parseInt("abc"));
console.log(parseInt("0x1f"), parseInt("1f", 16), parseInt("ff", 16), parseInt("z", 36));
console.log(parseInt("101", 2), parseInt("777", 8), parseInt("12", 3));
console.log(parseInt("-17"), parseInt("+17"), parseInt("-0"));
console.log(parseInt("3.99"), parseInt("1e3"), parseInt(""));
console.log(parseInt("123", 1), parseInt("123", 37), parseInt("123", 0));
console.log(parseInt(15.99), parseInt("9007199254740993"));
console.log(parseFloat("3.14"), parseFloat("3.14abc"), parseFloat(".5"), parseFloat("-.5e2"));
console.log(parseFloat("abc"), parseFloat("Infinity"), parseFloat("  1e-3 "));
console.log(parseFloat("1e"), parseFloat("1.2.3"), parseFloat("-0"));
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat);
