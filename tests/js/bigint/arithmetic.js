// BigInt arithmetic, bitwise operators and shifts, checked against node.
function fact(n) { let r = 1n; for (let i = 2n; i <= n; i++) r *= i; return r; }
console.log(fact(30n), fact(52n).toString().length);
const a = 123456789012345678901234567890n, b = -987654321098765432109876543210n;
console.log(a + b, a - b, a * b);
console.log(b / a, b % a, a / 7n, a % 7n, -a / 7n, -a % 7n);
console.log(2n ** 200n, (-3n) ** 5n, 0n ** 0n, (-1n) ** 1000001n);
console.log(a & b, a | b, a ^ b, ~a, ~b);
console.log(1n << 100n, a >> 40n, b >> 40n, b << -3n, (-1n) >> 1000n, 5n >> 2000000000000n);
console.log(-a, -(-0n), 0n === -0n);
let x = 10n;
x -= 3n; x *= x; x %= 10n; x <<= 4n; x |= 1n; x ^= 0xffn; x &= 0xf0n; x >>= 2n;
console.log(x, x++, x, ++x, x--, --x);
// Fibonacci beyond 2^64
let [p, q] = [0n, 1n];
for (let i = 0; i < 200; i++) [p, q] = [q, p + q];
console.log(p, p.toString(16), p.toString(2).length, p.toString(36));
// literal forms
console.log(0x1fn, 0o17n, 0b1011n, 1_000_000n, 0n, 18446744073709551616n);
// BigInt.asIntN / asUintN
for (const bits of [0, 1, 8, 32, 63, 64, 65]) {
  console.log(bits, BigInt.asIntN(bits, -12345678901234567890n), BigInt.asUintN(bits, -12345678901234567890n),
              BigInt.asIntN(bits, 2n ** 63n), BigInt.asUintN(bits, 2n ** 64n + 5n));
}
console.log(BigInt.asUintN(64, -1n), BigInt.asIntN(64, 2n ** 63n - 1n), BigInt.asIntN('8', 255n));
