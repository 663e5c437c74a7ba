const tries = [
 () => 1n + 1, () => 1n / 0n, () => 1n % 0n, () => 2n ** -1n, () => 1n >>> 1n, () => +1n, () => BigInt(1.5), () => BigInt('abc'),
 () => BigInt(undefined), () => BigInt(null), () => BigInt(Symbol('q')), () => new BigInt(1), () => BigInt.prototype.valueOf.call(1),
 () => (1n).toString(1), () => JSON.stringify({a:1n}), () => Math.abs(1n), () => 1n << 1073741824n, () => 2n ** 1073741824n, () => BigInt.asUintN(2**53-1, -1n),
 () => BigInt(NaN), () => BigInt(Infinity), () => Number(2n**1024n), () => BigInt.asIntN(-1, 1n), () => [].concat(1n), () => BigInt(1e21), () => BigInt(' 0x1f '), () => BigInt('-0x1'), () => BigInt(''), () => BigInt('1n'),
 () => isNaN(1n), () => 1n < 'x', () => 2n > '1', () => 1n == '1', () => 1n == 1, () => 1n === 1n, () => [1n].includes(1n), () => new Map([[1n,2]]).get(1n), () => typeof Object(1n), () => Object(1n) + 1n,
 () => String(-255n), () => (-255n).toString(16), () => (2n**64n).toString(36), () => Number(2n**53n+1n), () => Number(-(2n**60n)-1n), () => BigInt.asIntN(8, 255n), () => BigInt.asUintN(8, -1n), () => -5n / 2n, () => -5n % 2n, () => -5n >> 1n, () => -5n & 3n, () => ~5n, () => -(-3n), () => 5n << -1n,
];
for (const t of tries) { try { const r = t(); console.log(typeof r, r); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
console.log([1n, -2n], {a: 3n}, 0n == false, !!0n, 1n ? 'y' : 'n', `${10n}`, 10n.toLocaleString());
let x = 5n; x++; x += 2n; x **= 2n; console.log(x, x--, --x);
