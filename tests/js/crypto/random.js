// randomBytes (sync and callback), randomFill(Sync), randomUUID,
// randomInt, getRandomValues and timingSafeEqual: checked by length,
// format and range, since the values are random.
const crypto = require('crypto');

const b = crypto.randomBytes(16);
console.log(Buffer.isBuffer(b), b.length, crypto.randomBytes(0).length);
console.log(crypto.randomBytes(32).toString('hex').length);
// two draws differ (a 2^-128 chance otherwise)
console.log(crypto.randomBytes(16).equals(crypto.randomBytes(16)));

const u = crypto.randomUUID();
console.log(typeof u, u.length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u));

let inRange = true;
const seen = new Set();
for (let i = 0; i < 500; i++) {
  const r = crypto.randomInt(10);
  const s = crypto.randomInt(-5, 5);
  if (!(Number.isInteger(r) && r >= 0 && r < 10 && s >= -5 && s < 5)) inRange = false;
  seen.add(r);
}
console.log('randomInt in range', inRange, seen.size > 5);

const ta = new Uint32Array(8);
console.log(crypto.getRandomValues(ta) === ta, ta.length);
console.log(crypto.webcrypto.getRandomValues(new Uint8Array(4)).length);
try {
  crypto.getRandomValues(new Float64Array(2));
} catch (e) {
  console.log(e.name);
}

const filled = crypto.randomFillSync(Buffer.alloc(8, 0), 4);
console.log(filled.subarray(0, 4).toString('hex'), filled.length);
crypto.randomFillSync(new Uint8Array(10));

console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
console.log(crypto.timingSafeEqual(new Uint8Array([1, 2]), new Uint16Array([0x0201]).buffer));
try {
  crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab'));
} catch (e) {
  console.log(e.code, e.message);
}

crypto.randomBytes(24, (err, buf) => {
  console.log('callback', err, buf.length);
  crypto.randomInt(3, (err2, n) => console.log('randomInt callback', err2, n >= 0 && n < 3));
  crypto.randomFill(new Uint8Array(6), (err3, a) => console.log('randomFill callback', err3, a.length));
});
console.log('after the calls');
