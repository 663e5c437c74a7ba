// toFixed/toString rounding, parseInt/parseFloat/Number edge inputs, Math signs and int conversions.
console.log((25).toString(36), (0.5).toString(36), (-255).toString(2), (3.14).toString(10));
console.log((1.45).toFixed(1), (1.55).toFixed(1), (8.345).toFixed(2), (0).toFixed(2), (-1e-10).toFixed(3));
console.log((1e20).toFixed(0), (123.456).toFixed(), (0.5).toFixed(0), (1.5).toFixed(0), (-2.5).toFixed(0));
console.log(parseInt("0x"), parseInt("-0x10"), parseInt("  +0xA"), parseInt("1e21"), parseInt(1e21), parseInt(0.0000005));
console.log(parseFloat("1e1000"), parseFloat("-1e-1000"), parseFloat("0x10"), parseFloat("+.1"), parseFloat("..1"));
console.log(Number("1_000"), Number("0b2"), Number("0o8"), Number("-0x1"), Number("1e-400"), Number(" \u00a0 5 "));
console.log(Math.max(NaN, 1), Math.min(-0, 0) === 0, Math.atan2(-0, -1), Math.round(-0.5), Math.round(0.5), Math.round(-1.5));
console.log(Math.sign(-0), Math.cbrt(-0), Math.trunc(-0.9), Math.ceil(-0.9), Math.floor(0.9));
console.log(5 / 2 | 0, -5 >> 1, -5 >>> 28, 2 ** 31 >> 0, 2 ** 32 >>> 0, -(2 ** 31) | 0);
console.log(0.1 * 3 === 0.3, 9007199254740992 + 1, 0.1 + 0.2 - 0.3);
console.log(1 / 3 + "", (1 / 3).toFixed(5), String(-1 / 3), 100 + "" + 1);
console.log(Number.MIN_VALUE / 2, Number.MAX_VALUE * 2, -Number.MIN_VALUE);
console.log([0.1, 0.2, 0.3].reduce(function (a, b) { return a + b; }));
console.log(isNaN(parseInt("abc")) ? "nan" : "num", 7 % -0, -7 % 0, 0 / 0 === 0 / 0);
console.log(Number.isInteger(-0), Number.isInteger("5"), Number.isSafeInteger(-(2 ** 53) + 1));
console.log((123.456e5).toString(), (1e21 + 1).toString(), 1.0000000000000002, 0.30000000000000004);
console.log(4.35.toFixed(1), 1.005.toFixed(2), 10.235.toFixed(2), 1e-7.toFixed(10));
