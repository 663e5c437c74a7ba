// setEncoding and the encoding option: multi-byte characters split across
// chunks come out whole; hex and base64; decodeStrings and objectMode.
const { Readable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const euro = Buffer.from('€uro ✓ 😀');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
log('encoding', r.readableEncoding);
const parts = [];
r.on('data', (s) => parts.push(s));
r.on('end', () => log('utf8 parts', parts, parts.join('') === '€uro ✓ 😀'));
for (let i = 0; i < euro.length; i++) r.push(euro.subarray(i, i + 1));
r.push(null);

const h = new Readable({ encoding: 'hex', read() {} });
h.on('data', (s) => log('hex', s));
h.push(Buffer.from([1, 2, 255]));
h.push(null);

const b = new PassThrough({ encoding: 'base64' });
const bs = [];
b.on('data', (s) => bs.push(s));
b.on('end', () => log('base64', bs, Buffer.from(bs.join(''), 'base64').toString()));
b.write('ab');
b.write('cde');
b.end('f');

const late = new Readable({ read() {} });
late.push('héllo');
late.push(' wörld');
late.setEncoding('latin1');
log('late', late.read());

const bad = new Readable({ read() {} });
try { bad.setEncoding('klingon'); } catch (e) { log(e.code, e.message); }

const u16 = new Readable({ read() {} });
u16.setEncoding('utf16le');
const u16b = Buffer.from('a😀b', 'utf16le');
const u = [];
u16.on('data', (s) => u.push(s));
u16.on('end', () => log('utf16', u.join(''), u.length));
u16.push(u16b.subarray(0, 3));
u16.push(u16b.subarray(3, 5));
u16.push(u16b.subarray(5));
u16.push(null);
