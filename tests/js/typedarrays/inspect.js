console.log(new Uint8Array([1, 2, 3]));
console.log(new Float64Array(2), new BigInt64Array([1n]));
console.log(new ArrayBuffer(2));
const u = new Uint8Array(new ArrayBuffer(4), 1, 2); u[0] = 255;
console.log(u.buffer, new DataView(u.buffer, 1));
console.log([new Int8Array(0)], { x: new Uint16Array(3) });
console.log(new Uint8Array(200));
