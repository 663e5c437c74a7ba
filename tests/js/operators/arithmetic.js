// -, *, /, %, unary + and -, on ints and doubles.
console.log(10 - 3, 3 - 10, 6 * 7, -6 * 7, 1.5 * 4);
console.log(7 / 7, 1 / 8, 22 / 7);
console.log(-(-5), -(0), +true, -"3", +"", +[], +{});
console.log(2 - "1", "5" * "5", "12" / 4, "7" % "4");
console.log(null * 5, undefined * 5, true * 5);
console.log(0.1 * 0.2, 1.1 - 1, 3 * 1.1);
var x = 7;
x = -x;
console.log(x, -x, +x);
console.log(1000000 * 1000000, 123456 * 654321);
console.log(-2147483648 / -1, -2147483648 % -1);
