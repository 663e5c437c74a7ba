// crypto.createHash: the common digests, output encodings, update with
// input encodings and views, copy(), and crypto.hash.
const crypto = require('crypto');

for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256',
                   'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'SHA256', 'RSA-SHA1', 'ripemd160'])
  console.log(alg, crypto.createHash(alg).update('The quick brown fox').digest('hex'));

const h = crypto.createHash('sha256');
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary'])
  console.log(enc, JSON.stringify(crypto.createHash('sha1').update('abc').digest(enc)));
const buf = crypto.createHash('md5').update('abc').digest();
console.log(Buffer.isBuffer(buf), buf.length, buf);
console.log(crypto.createHash('md5').update('abc').digest('buffer').toString('hex'));

// input encodings
console.log(crypto.createHash('sha256').update('616263', 'hex').digest('hex'));
console.log(crypto.createHash('sha256').update('YWJj', 'base64').digest('hex'));
console.log(crypto.createHash('sha256').update('\u00e9', 'latin1').digest('hex'));
console.log(crypto.createHash('sha256').update('\u00e9').digest('hex'));
console.log(crypto.createHash('sha256').update('\u00e9', 'utf8').digest('hex'));
// views
console.log(crypto.createHash('sha256').update(new Uint8Array([97, 98, 99])).digest('hex'));
console.log(crypto.createHash('sha256').update(new Uint16Array([0x6261, 0x63])).digest('hex'));
console.log(crypto.createHash('sha256').update(new DataView(new Uint8Array([97, 98, 99]).buffer)).digest('hex'));
console.log(crypto.createHash('sha256').update(Buffer.from('xabcx').subarray(1, 4)).digest('hex'));

// chained updates equal one update
h.update('hello ').update('world');
console.log(h.digest('hex') === crypto.createHash('sha256').update('hello world').digest('hex'));

// copy() forks the state
const a = crypto.createHash('sha256').update('part one');
const b = a.copy();
a.update(' and more');
console.log(a.digest('hex'));
console.log(b.digest('hex'));
console.log(crypto.createHash('sha256').update('part one').digest('hex'));

// empty input, large input
console.log(crypto.createHash('sha1').digest('hex'));
console.log(crypto.createHash('sha256').update(Buffer.alloc(1 << 20, 7)).digest('base64'));

// extendable-output hashes
console.log(crypto.createHash('shake128').update('x').digest('hex'));
console.log(crypto.createHash('shake256').update('x').digest('hex'));
console.log(crypto.createHash('shake256', { outputLength: 8 }).update('x').digest('hex'));

// crypto.hash (node 20.12)
console.log(crypto.hash('sha1', 'abc'));
console.log(crypto.hash('md5', 'abc', 'base64'));

const hashes = crypto.getHashes();
console.log(Array.isArray(hashes), hashes.includes('sha256'), hashes.includes('sha3-512'), hashes.includes('md5'));
console.log(crypto.Hash === crypto.createHash('md5').constructor, typeof crypto.Hash);
