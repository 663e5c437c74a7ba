// pbkdf2, scrypt and hkdf, sync and callback forms, against fixed vectors.
const crypto = require('crypto');

console.log(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 4096, 32, 'sha256').toString('hex'));
console.log(crypto.pbkdf2Sync(Buffer.from('pw'), Buffer.from('na'), 10, 64, 'sha512').toString('base64'));
console.log(crypto.pbkdf2Sync('p', 's', 1, 0, 'sha1').length);

console.log(crypto.scryptSync('password', 'salt', 32).toString('hex'));
console.log(crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'));
console.log(crypto.scryptSync('pw', 'salt', 16, { cost: 16, blockSize: 1, parallelization: 1 }).toString('hex'));

const okm = crypto.hkdfSync('sha256', Buffer.from('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b', 'hex'),
                            Buffer.from('000102030405060708090a0b0c', 'hex'),
                            Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42);
console.log(okm instanceof ArrayBuffer, okm.byteLength, Buffer.from(okm).toString('hex'));

crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', (err, key) => {
  console.log('pbkdf2', err, key.toString('hex'));
  crypto.scrypt('password', 'salt', 16, { N: 16 }, (err2, k2) => {
    console.log('scrypt', err2, k2.toString('hex'));
    crypto.hkdf('sha512', 'key', 'salt', 'info', 16, (err3, k3) => {
      console.log('hkdf', err3, Buffer.from(k3).toString('hex'));
      crypto.scrypt('pw', 'salt', 8, (err4, k) => console.log('scrypt default', err4, k.length));
    });
  });
});
console.log('sync part done');
