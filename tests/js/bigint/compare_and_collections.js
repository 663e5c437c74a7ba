// BigInt comparisons with Numbers and strings, equality, and BigInts as
// Map/Set keys (by value).
const vals = [0n, 1n, -1n, 2n ** 64n, 0, -0, 1, 1.5, -1, NaN, Infinity, -Infinity, '1', '0x10', 'abc', '', true, false, null, undefined];
for (const v of [0n, 1n, 2n ** 64n, -1n]) {
  const row = [];
  for (const w of vals) row.push([v < w, v <= w, v > w, v >= w, v == w, v === w].map(Number).join(''));
  console.log(String(v), row.join(' '));
}
console.log(9007199254740993n > 9007199254740992, 9007199254740993n == 9007199254740992, 2n ** 1024n > Number.MAX_VALUE, 2n**1024n < Infinity);
console.log('10' > 9n, '10n' > 9n, 16n == '0x10', 1n == 1, 1n === 1, Object.is(0n, -0n), Object.is(1n, 1n));
const m = new Map([[1n, 'one'], [2n ** 70n, 'big']]);
console.log(m.get(1n), m.get(2n ** 70n), m.get(1), m.has(BigInt(1)), m.size);
const s = new Set([1n, 1n, BigInt('1'), 1, 2n ** 64n, 18446744073709551616n]);
console.log(s.size, [...s]);
console.log([1n, 2n, 3n].includes(2n), [1n, 2n, 3n].indexOf(3n), [3n, 1n, 10n, 2n].sort(), [3n, 1n, 10n, 2n].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
switch (5n) { case 5: console.log('number case'); break; case 5n: console.log('bigint case'); break; }
console.log(typeof 1n, typeof Object(1n), Object(1n) instanceof BigInt, Object.prototype.toString.call(1n), `${2n ** 65n}`);
console.log(BigInt(Number.MAX_SAFE_INTEGER) + 2n, BigInt('  123  '), BigInt(true), BigInt('0b1111'), BigInt(-0), Number(123n), Number(2n ** 53n + 1n), parseInt('12n'));
console.log(1n ? 'truthy' : 'falsy', 0n ? 'truthy' : 'falsy', !0n, !!5n, 0n || 'or', 1n && 'and', 0n ?? 'nullish');
const o = { [10n]: 'ten' };
console.log(o[10n], o['10'], Object.keys(o), 10n in o);
console.log(BigInt.prototype.toString.call(Object(255n), 16), (255n).toLocaleString(), BigInt.name, BigInt.length, BigInt.asIntN.length);
console.log([1n, -22n, 333n], { big: 2n ** 100n }, [Object(5n)]);
console.log(JSON.stringify({ a: 1 }, (k, v) => (typeof v === 'bigint' ? v.toString() : v)));
BigInt.prototype.toJSON = function () { return this.toString() + 'n'; };
console.log(JSON.stringify({ a: 1n, b: [2n] }));
