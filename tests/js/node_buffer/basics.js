// Buffer: creation, encodings, inspect output, the Uint8Array subclass.
const b = Buffer.from('hello');
console.log(b, b.length, b instanceof Uint8Array, b instanceof Buffer, Buffer.isBuffer(b));
console.log(Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Object.getPrototypeOf(Buffer) === Uint8Array);
console.log(require('buffer').Buffer === Buffer, require('node:buffer').Buffer === Buffer);
console.log(Buffer.from([1, 2, 3, 256, -1, 1.7]), Buffer.from(new Uint16Array([1, 0x1234])));
console.log(Buffer.alloc(5), Buffer.alloc(5, 'ab'), Buffer.alloc(4, 7), Buffer.alloc(6, 'aGk=', 'base64'));
console.log(Buffer.allocUnsafe(3).length, Buffer.alloc(0), Buffer.from(''));
console.log(Buffer.alloc(60));
console.log(Buffer.alloc(51, 1));
console.log([Buffer.from([1, 2])], { a: Buffer.from('x'), nested: { b: Buffer.from('yz') } });
const ab = new ArrayBuffer(8);
const v = Buffer.from(ab, 2, 4);
v[0] = 9;
console.log(v, new Uint8Array(ab), v.byteOffset, v.buffer === ab);
console.log(Buffer.from(Buffer.from('copy')), Buffer.from({ type: 'Buffer', data: [5, 6] }));
console.log(Buffer.from(new String('str')), Buffer.from({ length: 2, 0: 65, 1: 66 }));
for (const s of ['héllo wörld €', 'a\u{1F600}b', '\ud800x']) {
  const u = Buffer.from(s);
  console.log(u, u.toString(), Buffer.byteLength(s), u.length);
}
console.log(Buffer.from('héllo', 'latin1'), Buffer.from('héllo', 'binary').toString('latin1'));
console.log(Buffer.from('hi€', 'utf16le'), Buffer.from('hi€', 'ucs2').toString('utf16le'), Buffer.from('abc', 'UCS-2').length);
console.log(Buffer.from('68656c6c6f', 'hex').toString(), Buffer.from('abz', 'hex'), Buffer.from('abc', 'hex'), Buffer.from('ABCDEF', 'hex'));
console.log(Buffer.from('hello world').toString('hex'), Buffer.from([0, 255, 16]).toString('hex'));
console.log(Buffer.from('aGVsbG8gd29ybGQ=', 'base64').toString(), Buffer.from('aGVsbG8', 'base64').toString());
console.log(Buffer.from('YQ==YQ==', 'base64'), Buffer.from('a b\nc', 'base64'), Buffer.from('-_', 'base64'), Buffer.from('/+', 'base64url'));
for (let n = 0; n <= 7; n++) {
  const x = Buffer.from('abcdefg'.slice(0, n));
  console.log(n, x.toString('base64'), x.toString('base64url'), Buffer.from(x.toString('base64'), 'base64').equals(x));
}
console.log(Buffer.from([0xfb, 0xff, 0xfe]).toString('base64'), Buffer.from([0xfb, 0xff, 0xfe]).toString('base64url'));
console.log(Buffer.from('héllo\x7f\xff', 'latin1').toString('ascii'), Buffer.from('abc€', 'ascii'));
console.log(Buffer.byteLength('aGVsbG8=', 'base64'), Buffer.byteLength('abcd', 'hex'), Buffer.byteLength('€', 'utf16le'),
            Buffer.byteLength(new ArrayBuffer(7)), Buffer.byteLength(new Uint32Array(3)), Buffer.byteLength('héllo', 'latin1'));
console.log(['utf8', 'UTF-8', 'hex', 'ucs2', 'latin1', 'binary', 'base64url', 'foo', '', 5].map(e => Buffer.isEncoding(e)).join());
console.log(Buffer.isBuffer(new Uint8Array(2)), Buffer.isBuffer('x'), Buffer.isBuffer(null));
console.log(JSON.stringify(Buffer.from('hi')), Buffer.from('hi').toJSON());
console.log(String(Buffer.from('str')), Buffer.from('abc') + '!');
console.log(Buffer.from([1, 2, 3]).map(x => x * 2), Buffer.from([1, 2, 3]).filter(x => x > 1), Buffer.of(1, 2));
console.log(Buffer.name, Buffer.length, Buffer.poolSize, typeof Buffer.from, Buffer.prototype.constructor === Buffer);
const m = require('buffer');
console.log(m.kMaxLength, m.constants.MAX_LENGTH, m.INSPECT_MAX_BYTES);
