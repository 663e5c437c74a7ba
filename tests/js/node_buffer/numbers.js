// Buffer's read/write number methods, little and big endian.
const b = Buffer.alloc(16);
console.log(b.writeUInt8(255, 0), b.writeInt8(-2, 1), b.writeUInt16LE(0x1234, 2), b.writeUInt16BE(0x1234, 4), b);
console.log(b.readUInt8(0), b.readInt8(0), b.readInt8(1), b.readUInt16LE(2), b.readUInt16BE(2), b.readInt16BE(4));
console.log(b.writeUInt32LE(0xdeadbeef, 0), b.writeInt32BE(-123456, 4), b.readUInt32LE(0), b.readUInt32BE(0), b.readInt32BE(4), b.readInt32LE(4));
console.log(b.writeFloatLE(1.5, 0), b.readFloatLE(0), b.writeFloatBE(-0.25, 4), b.readFloatBE(4), b.writeDoubleLE(Math.PI, 8), b.readDoubleLE(8), b.readDoubleBE(8));
console.log(b.writeDoubleBE(1e300, 0), b.readDoubleBE(0), b.writeFloatLE(0.1, 0), b.readFloatLE(0));
console.log(b.writeBigInt64LE(-5n, 0), b.readBigInt64LE(0), b.readBigUInt64LE(0), b.writeBigUInt64BE(2n ** 64n - 2n, 8), b.readBigUInt64BE(8), b.readBigInt64BE(8));
console.log(b.writeUIntLE(0x123456, 0, 3), b.readUIntLE(0, 3), b.readUIntBE(0, 3), b.writeIntBE(-0x123456789a, 0, 5), b.readIntBE(0, 5), b.readUIntBE(0, 5));
console.log(b.writeUIntBE(0xffffffffffff, 0, 6), b.readUIntLE(0, 6), b.readIntLE(0, 6), b.writeIntLE(-1, 8, 2), b.readIntLE(8, 2), b.readUint16LE(8));
console.log(b.readUInt8(), b.writeUInt8(7), b.readUint8(0), b.writeUint32BE(1), b.readUint32BE(), b.writeInt16LE(1.9, 0), b.readInt16LE(0));
const c = Buffer.alloc(4);
c.writeUInt16LE(0xabcd);
console.log(c, c.readUInt16BE(), c.readInt16LE(), c.readInt8(1), c.readUInt32BE());
