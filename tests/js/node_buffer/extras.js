// Buffer's per-encoding methods, atob/btoa, isUtf8/isAscii, copyBytesFrom.
const b = Buffer.from('héllo');
console.log(b.utf8Slice(1, 3), b.latin1Slice(), b.hexSlice(0, 2), b.base64Slice(), b.asciiSlice(0, 3), b.ucs2Slice(0, 4), b.base64urlSlice(0, 4));
const w = Buffer.alloc(8);
console.log(w.utf8Write('abc', 1), w.hexWrite('ffee', 4), w.toString('hex'), w.latin1Write('z'), w.utf8Write('xy'), w.asciiWrite('q', 7, 1), w);
const m = require('buffer');
console.log(m.atob('aGk='), m.btoa('hi'), m.atob(' aG k= '), m.btoa('\xff\x00'), m.atob('/w=='));
for (const f of [() => m.btoa('€'), () => m.atob('a'), () => m.atob('a*bc')]) {
  try { f(); } catch (e) { console.log(e.name, e.message, e.code); }
}
console.log(m.isUtf8(Buffer.from('hé')), m.isUtf8(Buffer.from([0xff])), m.isUtf8(new ArrayBuffer(2)), m.isAscii(Buffer.from('abc')), m.isAscii(Buffer.from('é')));
console.log(Buffer.copyBytesFrom(new Uint16Array([1, 2]), 1), Buffer.copyBytesFrom(new Uint8Array([5, 6, 7]), 1, 1), Buffer.copyBytesFrom(new Uint8Array([5]), 3));
