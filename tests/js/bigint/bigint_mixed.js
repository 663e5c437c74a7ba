// BigInt arithmetic at scale, conversions and comparisons.
const fact = (n) => (n <= 1n ? 1n : n * fact(n - 1n));
console.log(fact(30n), fact(30n).toString(16), fact(25n) / fact(23n), fact(20n) % 1000007n);
console.log(2n ** 100n, (-7n) / 2n, (-7n) % 2n, 7n >> 1n, -7n >> 1n, 1n << 70n, ~5n, -(2n ** 64n) & 0xffffn);
console.log(BigInt.asIntN(8, 255n), BigInt.asUintN(8, -1n), BigInt.asIntN(64, 2n ** 63n), BigInt('0x1f'), BigInt(' 42 '), BigInt(true));
console.log(1n < 2, 2n > 1.5, 10n == 10, 10n === 10, 0n == '', 1n == '1', [3n, 1, 2n, -1].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
console.log(typeof 1n, Object(1n) instanceof BigInt, `${123n}`, 123n.toLocaleString(), Number(2n ** 60n), parseInt('99n'));
for (const f of [() => 1n + 1, () => BigInt(1.5), () => BigInt('1.5'), () => 1n / 0n, () => Math.max(1n), () => +1n, () => 2n ** -1n]) {
  try { f(); } catch (e) { console.log(e.constructor.name, e.message); }
}
const m = new Map([[1n, 'one'], [1, 'number one']]);
console.log(m.get(1n), m.get(1), new Set([1n, 1n, 1]).size, [0n, 1n, 2n].includes(1n), [0n].indexOf(0n));
console.log(BigInt.prototype.toString.call(255n, 2), (2n ** 64n - 1n).toString(36), -(10n ** 20n));
