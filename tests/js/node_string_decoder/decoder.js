// StringDecoder: characters split across writes in every encoding, end()
// with and without a last chunk, invalid input, argument errors.
const { StringDecoder } = require('string_decoder');
const q = (s) => JSON.stringify(s);
function feed(enc, chunks) {
  const d = new StringDecoder(enc);
  const out = chunks.map((c) => d.write(Buffer.from(c)));
  out.push(d.end());
  console.log(enc, q(out));
}
const euro = [0xe2, 0x82, 0xac], smile = [0xf0, 0x9f, 0x98, 0x80];
feed('utf8', [[0x61, 0xe2], [0x82], [0xac, 0x62]]);
feed('utf8', [[0xf0], [0x9f], [0x98], [0x80]]);
feed('utf8', [smile.slice(0, 3)]);
feed('utf8', [[0xe2, 0x82], [0x41]]);
feed('utf8', [[0xff, 0xfe, 0x41]]);
feed('utf8', [[0xc3], [0xa9, 0xc3], [0xa9]]);
feed('utf8', [[0xed, 0xa0], [0x80]]);
feed('utf8', [[0xe0, 0x80]]);
feed('utf8', [[0x80, 0x80]]);
feed('utf8', [[0xf4, 0x90, 0x80, 0x80]]);
feed('utf8', [euro.concat(euro.slice(0, 1)), euro.slice(1), []]);
feed('utf16le', [[0x61], [0x00, 0x62], [0x00]]);
feed('utf16le', [[0x3d, 0xd8], [0x00, 0xde]]);
feed('utf16le', [[0x3d, 0xd8]]);
feed('utf16le', [[0x3d, 0xd8, 0x41]]);
feed('base64', [[1], [2, 3, 4], [5]]);
feed('base64url', [[0xfb, 0xff], [0xbf]]);
feed('hex', [[0xab], [0xcd]]);
feed('latin1', [[0xe9, 0x41]]);
feed('ascii', [[0xe9, 0x41]]);
const d = new StringDecoder('utf8');
console.log(q(d.write(Buffer.from([0xe2]))), d.lastNeed, d.lastTotal, q(d.end(Buffer.from([0x82, 0xac]))), q(d.end()));
console.log(q(d.write(new Uint8Array([0x68, 0x69]))), q(d.write(new DataView(new Uint8Array([0x21]).buffer))), d.write('str'));
for (const e of [undefined, null, 'UTF-8', 'UCS2', 'ucs-2', 'binary', 'Latin1', 'HEX', 'base64url', 'utf-16le']) console.log(new StringDecoder(e).encoding);
for (const f of [() => new StringDecoder('xx'), () => new StringDecoder('utf8').write(5), () => new StringDecoder().write({})]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
