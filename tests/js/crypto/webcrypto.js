// crypto.webcrypto: subtle.digest (a promise of an ArrayBuffer),
// getRandomValues, randomUUID.
const crypto = require('crypto');
const { subtle } = crypto.webcrypto;

(async () => {
  for (const alg of ['SHA-1', 'SHA-256', 'SHA-384', { name: 'SHA-512' }]) {
    const p = subtle.digest(alg, new Uint8Array(Buffer.from('hello')));
    console.log(p instanceof Promise);
    const ab = await p;
    console.log(ab instanceof ArrayBuffer, ab.byteLength, Buffer.from(ab).toString('hex'));
  }
  const ab2 = await subtle.digest('SHA-256', Buffer.from('hello').buffer.slice(0));
  console.log(ab2.byteLength);
  try {
    await subtle.digest('MD5', new Uint8Array(1));
  } catch (e) {
    console.log(e.name, e.message);
  }
  console.log(crypto.webcrypto.randomUUID().length);
  console.log(crypto.subtle === subtle);
})();
