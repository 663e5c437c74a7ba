// TextEncoder and TextDecoder (globals and util's): UTF-8 encoding and
// encodeInto, decoding utf-8/utf-16le/windows-1252 with fatal, ignoreBOM
// and streaming, labels, errors, console.log.
const enc = new TextEncoder();
console.log(enc.encoding, enc.encode('héllo €😀'), enc.encode(), enc.encode('\ud800x'), enc.encode(12));
for (const n of [0, 1, 2, 3, 4, 6, 8]) console.log(n, enc.encodeInto('a€😀', new Uint8Array(n)));
const d = new TextDecoder();
const b = enc.encode('héllo €😀');
console.log(d.encoding, d.fatal, d.ignoreBOM, d.decode(b), d.decode(b.buffer), d.decode(new DataView(b.buffer)), JSON.stringify(d.decode()));
console.log(JSON.stringify(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0xc3]))));
console.log(JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
const s = new TextDecoder();
const parts = [[0xe2], [0x82, 0xac, 0xf0, 0x9f], [0x98], [0x80, 0x41]].map((p) => s.decode(new Uint8Array(p), { stream: true }));
console.log(JSON.stringify(parts), JSON.stringify(s.decode()));
const s2 = new TextDecoder();
console.log(JSON.stringify([s2.decode(new Uint8Array([0xef, 0xbb]), { stream: true }), s2.decode(new Uint8Array([0xbf, 0xef, 0xbb, 0xbf]), { stream: true }), s2.decode()]));
console.log(JSON.stringify([s2.decode(new Uint8Array([0xe2]), { stream: true }), s2.decode()]));
const f = new TextDecoder('utf8', { fatal: true });
for (const bad of [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0x41]]) {
  try { console.log(JSON.stringify(f.decode(new Uint8Array(bad)))); } catch (e) { console.log(e.name, e.code, e.message); }
}
const u16 = new TextDecoder('utf-16le');
console.log(u16.encoding, JSON.stringify(u16.decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde]))), JSON.stringify(u16.decode(new Uint8Array([0x41, 0x00, 0x42]))));
console.log(JSON.stringify(u16.decode(new Uint8Array([0x3d, 0xd8]))));
const w = new TextDecoder('latin1');
console.log(w.encoding, w.decode(new Uint8Array([0x41, 0x80, 0x9f, 0xe9, 0xff, 0x8d])));
for (const l of ['UTF-8', ' utf8 ', 'unicode-1-1-utf-8', 'utf-16', 'UCS-2', 'ascii', 'ISO-8859-1', 'us-ascii', 'l1', 'cp1252']) console.log(l, new TextDecoder(l).encoding);
for (const fn of [() => new TextDecoder('xx'), () => new TextDecoder('utf-16be2'), () => d.decode(5), () => d.decode('str'), () => enc.encodeInto(1, new Uint8Array(1))]) {
  try { fn(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(new TextEncoder(), new TextDecoder(), new TextDecoder('latin1', { fatal: true }));
const util = require('util');
console.log(util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder, typeof globalThis.TextDecoder);
console.log(Object.getOwnPropertyNames(TextDecoder.prototype), Object.getOwnPropertyNames(TextEncoder.prototype));
console.log(Object.prototype.toString.call(enc), Object.prototype.toString.call(d));
