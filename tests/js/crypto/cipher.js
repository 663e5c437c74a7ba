// createCipheriv/createDecipheriv: AES-GCM with AAD and tags, AES-CBC with
// padding, output encodings, and round trips over sizes.
const crypto = require('crypto');

const key16 = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const key24 = Buffer.alloc(24, 0x11);
const key32 = Buffer.alloc(32, 0x22);
const iv12 = Buffer.from('cafebabefacedbaddecaf888', 'hex');
const iv16 = Buffer.alloc(16, 0x33);

for (const [alg, key] of [['aes-128-gcm', key16], ['aes-192-gcm', key24], ['aes-256-gcm', key32]]) {
  const c = crypto.createCipheriv(alg, key, iv12);
  c.setAAD(Buffer.from('header'));
  const ct = Buffer.concat([c.update('attack at dawn', 'utf8'), c.final()]);
  const tag = c.getAuthTag();
  console.log(alg, ct.toString('hex'), tag.toString('hex'));
  const d = crypto.createDecipheriv(alg, key, iv12);
  d.setAAD(Buffer.from('header'));
  d.setAuthTag(tag);
  console.log(d.update(ct).toString() + d.final().toString());
  // a wrong tag fails to authenticate
  const bad = crypto.createDecipheriv(alg, key, iv12);
  bad.setAAD(Buffer.from('header'));
  bad.setAuthTag(Buffer.alloc(16));
  bad.update(ct);
  try {
    bad.final();
  } catch (e) {
    console.log(e.message, e.code);
  }
}

// shorter tags
const c8 = crypto.createCipheriv('aes-128-gcm', key16, iv12, { authTagLength: 8 });
const ct8 = Buffer.concat([c8.update('short tag'), c8.final()]);
console.log(ct8.toString('hex'), c8.getAuthTag().toString('hex'));
const d8 = crypto.createDecipheriv('aes-128-gcm', key16, iv12, { authTagLength: 8 });
d8.setAuthTag(c8.getAuthTag());
console.log(Buffer.concat([d8.update(ct8), d8.final()]).toString());

for (const [alg, key] of [['aes-128-cbc', key16], ['aes-192-cbc', key24], ['aes-256-cbc', key32]]) {
  const c = crypto.createCipheriv(alg, key, iv16);
  const enc = c.update('The quick brown fox jumps over the lazy dog', 'utf8', 'hex') + c.final('hex');
  console.log(alg, enc);
  const d = crypto.createDecipheriv(alg, key, iv16);
  console.log(d.update(enc, 'hex', 'utf8') + d.final('utf8'));
}

// update's output is whole blocks; decryption keeps the last one back
const cb = crypto.createCipheriv('aes-128-cbc', key16, iv16);
console.log(cb.update(Buffer.alloc(10)).length, cb.update(Buffer.alloc(10)).length, cb.final().length);
const db = crypto.createDecipheriv('aes-128-cbc', key16, iv16);
const blocks = crypto.createCipheriv('aes-128-cbc', key16, iv16);
const two = Buffer.concat([blocks.update(Buffer.alloc(20, 1)), blocks.final()]);
console.log(two.length, db.update(two.subarray(0, 16)).length, db.update(two.subarray(16)).length, db.final().length);

// no padding
const np = crypto.createCipheriv('aes-128-cbc', key16, iv16).setAutoPadding(false);
const npOut = Buffer.concat([np.update(Buffer.alloc(32, 5)), np.final()]);
console.log(npOut.length, npOut.toString('base64'));
const npd = crypto.createDecipheriv('aes-128-cbc', key16, iv16);
npd.setAutoPadding(false);
console.log(Buffer.concat([npd.update(npOut), npd.final()]).equals(Buffer.alloc(32, 5)));
const np2 = crypto.createCipheriv('aes-128-cbc', key16, iv16);
np2.setAutoPadding(false);
np2.update('abc');
try {
  np2.final();
} catch (e) {
  console.log(e.message, e.code, e.reason, e.library);
}

// base64 output across updates concatenates correctly
const c64 = crypto.createCipheriv('aes-256-cbc', key32, iv16);
let s = '';
for (let i = 0; i < 5; i++) s += c64.update(`chunk ${i};`, 'utf8', 'base64');
s += c64.final('base64');
console.log(s);
const d64 = crypto.createDecipheriv('aes-256-cbc', key32, iv16);
console.log(d64.update(s, 'base64', 'utf8') + d64.final('utf8'));

// round trips over many sizes
let ok = true;
for (let n = 0; n < 70; n++) {
  const data = Buffer.alloc(n, n);
  for (const alg of ['aes-128-cbc', 'aes-128-gcm']) {
    const iv = alg.endsWith('gcm') ? iv12 : iv16;
    const c = crypto.createCipheriv(alg, key16, iv);
    const ct = Buffer.concat([c.update(data), c.final()]);
    const d = crypto.createDecipheriv(alg, key16, iv);
    if (alg.endsWith('gcm')) d.setAuthTag(c.getAuthTag());
    const pt = Buffer.concat([d.update(ct), d.final()]);
    if (!pt.equals(data)) ok = false;
  }
}
console.log('round trips', ok);

// a wrong key for CBC: bad decrypt
const wrong = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16, 9), iv16);
wrong.update(Buffer.from(enc16()));
try {
  wrong.final();
} catch (e) {
  console.log(e.message, e.code);
}
function enc16() {
  const c = crypto.createCipheriv('aes-128-cbc', key16, iv16);
  return Buffer.concat([c.update('sixteen bytes!!!'), c.final()]);
}
console.log(crypto.getCiphers().includes('aes-256-gcm'), crypto.getCiphers().includes('aes-128-cbc'));
