// &, |, ^, ~, <<, >>, >>> including ToInt32 wrap-around.
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~0);
console.log(1 << 31, 1 << 32, 1 << 33, -1 >>> 0, -1 >> 1, -1 >>> 1);
console.log(-16 >> 2, -16 >>> 2, 16 >> 33, 1 << -1);
console.log(4294967296 | 0, 4294967295 | 0, 2147483648 | 0, 3.7 | 0, -3.7 | 0);
console.log(NaN | 0, Infinity | 0, "12" | 0, "0xff" & 255, null | 5);
console.log(1e21 | 0, 2 ** 53 | 0, (2 ** 32 + 5) | 0);
console.log(0xFFFFFFFF & 0x0F0F0F0F, 0x80000000 ^ 1);
console.log(~~12.9, ~~-12.9);
var x = 0xABCD;
x &= 0xFF; console.log(x);
x |= 0x100; console.log(x);
x ^= 0x1; console.log(x);
x <<= 4; console.log(x);
x >>= 2; console.log(x);
x >>>= 1; console.log(x);
var bits = 0;
for (var v = 255; v; v >>>= 1) bits += v & 1;
console.log(bits);
