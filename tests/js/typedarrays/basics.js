const a = new Uint8Array([1, 2, 300]);
console.log(a.length, a[0], a[2], a[5]);
const f = new Float64Array(4); f[1] = 1.5; f.fill(2, 2);
console.log(Array.from(f), f.join('|'));
const c = new Uint8ClampedArray([1.5, 2.5, -3, 300, 0.5]);
console.log(Array.from(c));
const i16 = Int16Array.from([1, 2, 3], x => x * 40000);
console.log(Array.from(i16));
const b = new ArrayBuffer(8);
const dv = new DataView(b);
dv.setUint16(0, 0x1234); dv.setFloat32(4, 1.5, true);
console.log(new Uint8Array(b).join(','), dv.getUint16(0, true), dv.getFloat32(4, true));
const big = new BigInt64Array(2); big[0] = -5n; big[1] = 2n ** 63n;
console.log(big[0], big[1], new BigUint64Array(big.buffer)[0]);
console.log([...new Int8Array([5, -1, 3]).sort()], new Float64Array([3, NaN, -0, 0, -1]).sort().join());
console.log(typeof ArrayBuffer.prototype.resize);
try { dv.getUint8(9); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Uint8Array(-1); } catch (e) { console.log(e.constructor.name, e.message); }
class B extends Uint8Array { sum() { return this.reduce((x, y) => x + y, 0); } }
const bb = new B([1, 2, 3]); console.log(bb.sum(), bb instanceof Uint8Array, bb.map(x => x * 2) instanceof B);
console.log(Object.keys(new Int32Array(3)), "1.5" in a, a["-0"], Object.prototype.toString.call(a));
const r = new ArrayBuffer(4, { maxByteLength: 16 }); const ta = new Uint32Array(r);
console.log(ta.length); r.resize(16); console.log(ta.length); r.resize(2); console.log(ta.length);
for (const [k, v] of new Uint8Array([9, 8]).entries()) console.log(k, v);
console.log(a.subarray(1).length, a.slice(-1)[0], a.toReversed().join(), a.with(0, 7).join(), a.at(-1));
