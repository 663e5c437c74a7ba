// Node's errors for bad arguments to Buffer functions.
const b = Buffer.alloc(3);
const tries = [
  () => b.readUInt8(3), () => b.readUInt16LE(2), () => b.readUInt8(1.5), () => b.readUInt8('1'),
  () => b.readUInt32LE(0), () => b.readDoubleLE(), () => b.readUIntLE(0, 7), () => b.readUIntLE(0),
  () => b.writeUInt8(256), () => b.writeUInt8(-1), () => b.writeInt8(128), () => Buffer.alloc(8).writeUInt32LE(2 ** 32, 0),
  () => Buffer.alloc(4).writeInt32BE(2 ** 31), () => Buffer.alloc(8).writeInt16LE(40000), () => Buffer.alloc(8).writeUInt16LE(-1),
  () => Buffer.alloc(8).writeBigInt64LE(2n ** 63n), () => Buffer.alloc(8).writeBigUInt64LE(-1n), () => Buffer.alloc(8).writeBigInt64LE(1),
  () => Buffer.alloc(8).writeUIntLE(1, 0, 7), () => Buffer.alloc(8).writeUIntLE(2 ** 48, 0, 6), () => Buffer.alloc(8).writeIntLE(2 ** 40, 0, 6),
  () => Buffer.alloc(8).writeIntBE(2 ** 39, 0, 5), () => b.writeUInt16LE(1, 2), () => b.writeUInt8(1, 5),
  () => Buffer.alloc(-1), () => Buffer.alloc('x'), () => Buffer.alloc(NaN), () => Buffer.allocUnsafe(), () => Buffer.from(5),
  () => Buffer.from(null), () => Buffer.from(Symbol('s')), () => b.toString('foo'), () => Buffer.from('x').write('a', 'nope'),
  () => Buffer.from(new ArrayBuffer(4), 5), () => Buffer.from(new ArrayBuffer(4), 1, 5),
  () => Buffer.concat(5), () => Buffer.concat([1]), () => Buffer.concat([Buffer.from('a'), 'b']),
  () => b.fill('zz', 'hex'), () => b.fill('a', 'utf9'), () => b.copy(5), () => b.equals('abc'), () => b.compare({}),
  () => Buffer.compare(b, 1), () => b.indexOf({}), () => Buffer.byteLength(5), () => Buffer.from([1, 2, 3]).swap16(),
  () => Buffer.from([1, 2]).swap32(), () => b.write(5), () => b.write('a', 4), () => b.write('a', -1), () => b.copy(b, -1),
  () => b.copy(b, 0, 10), () => b.fill(1, 0, 10),
];
for (const f of tries) {
  try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { Buffer.alloc(-1); } catch (e) { console.log(e instanceof RangeError, Object.keys(e), e.stack.split('\n')[0]); }
