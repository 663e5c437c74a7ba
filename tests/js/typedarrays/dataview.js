// DataView: every type, both byte orders, bounds errors.
const buf = new ArrayBuffer(16);
const dv = new DataView(buf, 2, 12);
console.log(dv.byteOffset, dv.byteLength, dv.buffer === buf);
const types = ['Int8', 'Uint8', 'Int16', 'Uint16', 'Int32', 'Uint32', 'Float32', 'Float64'];
for (const t of types) {
  for (const le of [false, true]) {
    dv['set' + t](1, -1234.75, le);
    console.log(t, le, dv['get' + t](1, le), dv['get' + t](1, !le), new Uint8Array(buf).join(' '));
  }
}
dv.setBigInt64(0, -2n, true);
console.log(dv.getBigInt64(0, true), dv.getBigUint64(0, true), dv.getBigInt64(0));
dv.setBigUint64(4, 2n ** 64n + 5n);
console.log(dv.getBigUint64(4), dv.getUint8(11));
for (const f of [() => dv.getInt32(10), () => dv.setFloat64(5, 1), () => new DataView(buf, 17),
                 () => new DataView(buf, 4, 13), () => DataView(buf), () => new DataView({}),
                 () => dv.getInt8(-1), () => dv.setBigInt64(0, 1)]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
console.log(Object.prototype.toString.call(dv), DataView.prototype.getInt8.length, DataView.prototype.setInt8.length);
const r = new ArrayBuffer(4, { maxByteLength: 8 });
const rv = new DataView(r);
console.log(rv.byteLength); r.resize(8); console.log(rv.byteLength);
