// %TypedArray%.prototype methods, conversions, species and exotic keys.
const show = (x) => console.log(Object.prototype.toString.call(x), Array.from(x).join(','));
const vals = [0, -0, 1.5, -1.5, 2.5, 255.5, 256, -129, 1e10, NaN, Infinity, -Infinity, 65535.9, 2 ** 31, -(2 ** 31) - 1];
for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array]) {
  show(new C(vals));
  console.log(C.name, C.BYTES_PER_ELEMENT, C.prototype.BYTES_PER_ELEMENT, C.length, Object.getPrototypeOf(C).name);
}
show(new BigInt64Array([1n, -1n, 2n ** 63n, 2n ** 64n + 3n]));
show(new BigUint64Array([1n, -1n, 2n ** 63n]));
const a = new Int32Array([5, 1, 4, 2, 3]);
console.log(a.indexOf(4), a.lastIndexOf(9), a.includes(2), a.find(x => x > 3), a.findIndex(x => x > 3),
            a.findLast(x => x < 3), a.findLastIndex(x => x > 100), a.every(x => x > 0), a.some(x => x > 4));
console.log(a.filter(x => x & 1).join(), a.map(x => x * x).join(), a.reduce((s, x) => s + x), a.reduceRight((s, x) => s + '' + x, ''));
console.log(a.slice(1, 3).join(), a.subarray(1, 3).join(), a.subarray(-2).byteOffset, [...a.keys()].join(), [...a.values()].join());
console.log(a.toSorted().join(), a.toSorted((x, y) => y - x).join(), a.join(), a.copyWithin(0, 3).join(), a.reverse().join());
const f = new Float64Array([3, -0, 0, NaN, -Infinity, 1, -0]);
f.sort(); console.log(Array.from(f, x => Object.is(x, -0) ? '-0' : String(x)).join());
const t = new Uint8Array(6); t.set([1, 2, 3], 2); t.set(new Uint8Array([9, 9]), 0); console.log(t.join());
const ov = new Uint8Array(t.buffer, 1, 4); t.set(ov, 2); console.log(t.join());
try { t.set([1, 2, 3], 5); } catch (e) { console.log(e.constructor.name); }
try { new Uint8Array(3).set(new BigInt64Array(1)); } catch (e) { console.log(e.constructor.name); }
class MyArr extends Float32Array {
  static get [Symbol.species]() { return Float64Array; }
}
const m = new MyArr([1.1, 2.2]);
console.log(m.constructor.name, m.map(x => x).constructor.name, m.slice().constructor.name, m[0]);
const u = new Uint8Array(4);
u['1'] = 7; u[1.5] = 9; u['-0'] = 9; u[10] = 9; u.foo = 'bar';
console.log(Object.keys(u).join(), u[1.5], '1.5' in u, 10 in u, 1 in u, u.foo, delete u[10], JSON.stringify(u));
console.log(Object.getOwnPropertyDescriptor(u, '1'), Reflect.defineProperty(u, '0', { value: 3 }), u[0],
            Reflect.defineProperty(u, '0', { value: 3, writable: false }), Reflect.defineProperty(u, '9', { value: 3 }));
const p = Object.create(u); p[0] = 42; console.log(u[0], Object.keys(p).length);
console.log(Uint8Array.of(1, 2, 300).join(), Int8Array.from({ length: 3, 0: 1, 2: '7' }).join(), Uint16Array.from(new Set([4, 5])).join());
console.log(new Uint8Array(new Uint16Array([256, 257])).join(), new Float32Array([0.1])[0], new Uint8Array(new ArrayBuffer(8), 2).length);
for (const f of [() => new Uint8Array(-1), () => new Int32Array(new ArrayBuffer(7)), () => new Int32Array(new ArrayBuffer(8), 3),
                 () => new Int16Array(new ArrayBuffer(8), 2, 4), () => Uint8Array(2), () => new (Object.getPrototypeOf(Int8Array))(),
                 () => Int8Array.prototype.fill.call([], 0), () => new Uint8Array(2).with(5, 1)]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
console.log(new Uint8Array([1, 2]).toString(), new Float64Array([1.5, 2]).toLocaleString(), String(new Int8Array(0)));
let s = 0; for (const x of new Int16Array([1, 2, 3])) s += x; console.log(s, [...new Uint8Array([7, 8])]);
const big = new Float64Array(1000); for (let i = 0; i < big.length; i++) big[i] = i * 0.5;
let tot = 0; for (let i = 0; i < big.length; i++) tot += big[i]; console.log(tot);
