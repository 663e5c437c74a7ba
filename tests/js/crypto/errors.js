// node's errors from crypto: codes, classes and messages.
const crypto = require('crypto');

function t(f) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

t(() => crypto.createHash('nope'));
t(() => crypto.createHash(1));
t(() => crypto.createHash('sha256').update(5));
t(() => crypto.createHash('sha256').update({}));
const h = crypto.createHash('sha256');
h.update('a');
h.digest();
t(() => h.digest());
t(() => h.update('x'));
t(() => h.copy());
// an unknown output encoding answers the Buffer; an unknown input encoding reads UTF-8
t(() => crypto.createHash('sha256').digest('nope').length);
t(() => crypto.createHash('sha256').update('abc', 'nope').digest('hex'));

t(() => crypto.createHmac('nope', 'k'));
t(() => crypto.createHmac('sha256', 5));
t(() => crypto.createHmac(null, 'k'));

t(() => crypto.createCipheriv('nope', Buffer.alloc(16), Buffer.alloc(16)));
t(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), Buffer.alloc(16)));
t(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(15)));
t(() => crypto.createCipheriv('aes-128-cbc', 'short', Buffer.alloc(16)));
t(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16)));
t(() => crypto.createCipheriv('aes-128-cbc', 5, Buffer.alloc(16)));
t(() => crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12), { authTagLength: 3 }));

const e = crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12));
t(() => e.getAuthTag());
e.update('x');
e.final();
t(() => e.final());
t(() => e.update('y'));
t(() => e.setAAD(Buffer.alloc(1)));
t(() => e.getAuthTag().length);

const d = crypto.createDecipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12));
t(() => d.setAuthTag(Buffer.alloc(3)));
t(() => typeof d.getAuthTag);
d.update('abcd');
t(() => d.final());
const d2 = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
d2.update(Buffer.alloc(16));
t(() => d2.final());

t(() => crypto.randomBytes(-1));
t(() => crypto.randomBytes('x'));
t(() => crypto.randomBytes(4, 'cb'));
t(() => crypto.randomInt(10, 5));
t(() => crypto.randomInt(1.5));
t(() => crypto.timingSafeEqual('a', 'a'));
t(() => crypto.pbkdf2Sync('p', 's', 1, 10, 'nope'));
t(() => crypto.pbkdf2Sync('p', 's', 0, 10, 'sha1'));
t(() => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'));
t(() => crypto.pbkdf2Sync(5, 's', 1, 1, 'sha1'));
t(() => crypto.pbkdf2('p', 's', 1, 1, 'sha1'));
t(() => crypto.scryptSync('p', 's', 16, { N: 3 }));
t(() => crypto.hkdfSync('nope', 'k', 's', 'i', 16));
