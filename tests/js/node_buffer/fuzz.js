// Random-ish arguments to every Buffer function and method: each call returns
// or throws a JavaScript exception, the process survives. Prints a digest
// (which calls threw, by error code) that must agree with node's.
const vals = [undefined, null, 0, -1, 1.5, 3, 2 ** 40, NaN, Infinity, 'ab', '', 'hex', 'utf8', {}, [], [1, 2],
  Buffer.from('xyz'), new Uint16Array(2), new ArrayBuffer(4), 10n, true, () => 1];
const names = Object.getOwnPropertyNames(Buffer.prototype).filter((n) => typeof Buffer.prototype[n] === 'function' && n !== 'constructor').sort();
let seed = 7;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const codes = {};
let ok = 0;
function run(f) {
  try { f(); ok++; } catch (e) { const k = e.code || e.name; codes[k] = (codes[k] || 0) + 1; }
}
for (let round = 0; round < 6; round++) {
  for (const n of names) {
    const args = [vals[rnd(vals.length)], vals[rnd(vals.length)], vals[rnd(vals.length)]];
    run(() => Buffer.from('hello world!')[n](...args.slice(0, rnd(4))));
  }
  for (const n of ['from', 'alloc', 'allocUnsafe', 'byteLength', 'compare', 'concat', 'isBuffer', 'isEncoding', 'copyBytesFrom']) {
    const args = [vals[rnd(vals.length)], vals[rnd(vals.length)], vals[rnd(vals.length)]];
    run(() => Buffer[n](...args.slice(0, 1 + rnd(3))));
  }
}
console.log(ok, Object.keys(codes).sort().map((k) => k + '=' + codes[k]).join(' '));
