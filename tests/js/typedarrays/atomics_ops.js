// Atomics over integer typed arrays, shared and not.
const sab = new SharedArrayBuffer(64);
const i32 = new Int32Array(sab);
console.log(Atomics.store(i32, 0, 5), Atomics.add(i32, 0, 3), Atomics.load(i32, 0));
console.log(Atomics.sub(i32, 0, 10), Atomics.load(i32, 0), Atomics.and(i32, 0, 6), Atomics.or(i32, 0, 1),
  Atomics.xor(i32, 0, 0xff), Atomics.load(i32, 0));
console.log(Atomics.exchange(i32, 1, 42), Atomics.compareExchange(i32, 1, 42, 7), Atomics.compareExchange(i32, 1, 0, 9), i32[1]);
for (const T of [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array]) {
  const a = new T(4);
  console.log(T.name, Atomics.store(a, 0, 300.7), Atomics.add(a, 0, -400), Atomics.load(a, 0),
    Atomics.store(a, 1, -0), Object.is(Atomics.store(a, 1, -0), 0), Atomics.sub(a, 2, 1), a[2]);
}
const b64 = new BigInt64Array(new SharedArrayBuffer(16));
console.log(Atomics.store(b64, 0, 2n ** 63n), Atomics.load(b64, 0), Atomics.add(b64, 0, -1n), b64[0],
  Atomics.compareExchange(b64, 1, 0n, 5n), b64[1]);
const bu64 = new BigUint64Array(2);
console.log(Atomics.sub(bu64, 0, 1n), bu64[0], Atomics.xor(bu64, 0, 1n), bu64[0]);
console.log([1, 2, 3, 4, 5, 8, 16].map((n) => Atomics.isLockFree(n)));
console.log(Atomics.wait(i32, 2, 1), Atomics.wait(i32, 2, 0, 0), Atomics.wait(i32, 2, 0, 5), Atomics.notify(i32, 2), Atomics.notify(i32, 2, 1));
const wa = Atomics.waitAsync(i32, 3, 1);
console.log(wa.async, wa.value, Atomics.waitAsync(i32, 3, 0, 0).value);
const pending = Atomics.waitAsync(i32, 3, 0, 10);
console.log(pending.async, pending.value instanceof Promise);
pending.value.then((v) => console.log('waitAsync settled:', v));
const errors = [
  () => Atomics.add(new Float64Array(2), 0, 1), () => Atomics.add(new Uint8ClampedArray(2), 0, 1),
  () => Atomics.add(new Int32Array(2), 5, 1), () => Atomics.add(new Int32Array(2), -1, 1),
  () => Atomics.wait(new Int32Array(2), 0, 0), () => Atomics.wait(new Int16Array(sab), 0, 0),
  () => Atomics.add({}, 0, 1), () => Atomics.load(5, 0), () => Atomics.store(b64, 0, 1),
  () => Atomics.store(i32, 0, 1n), () => Atomics.notify(new Float32Array(2), 0),
];
for (const f of errors) try { f(); console.log('no throw'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(Object.prototype.toString.call(Atomics), typeof Atomics.pause, Object.keys(Atomics).length);
