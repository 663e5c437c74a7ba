// crypto.createHmac with string, Buffer and empty keys, long keys, and
// output encodings.
const crypto = require('crypto');

for (const alg of ['md5', 'sha1', 'sha256', 'sha384', 'sha512', 'sha3-256'])
  console.log(alg, crypto.createHmac(alg, 'secret').update('message').digest('hex'));
console.log(crypto.createHmac('sha256', Buffer.from([1, 2, 3])).update('m').digest('base64'));
console.log(crypto.createHmac('sha256', '').update('m').digest('hex'));
console.log(crypto.createHmac('sha256', 'k'.repeat(200)).update('m').digest('hex'));
console.log(crypto.createHmac('sha256', new Uint8Array([107])).update('m').digest('hex') ===
            crypto.createHmac('sha256', 'k').update('m').digest('hex'));
console.log(crypto.createHmac('sha1', 'key').update('a').update('b').digest('base64url'));
const h = crypto.createHmac('sha1', 'key');
console.log(h.digest().length);
// a second digest() answers an empty result, as in node
console.log(JSON.stringify(h.digest('hex')));
// RFC 4231 test case 2
console.log(crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'));
