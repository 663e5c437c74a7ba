// node 20's global `crypto`: the webcrypto object, without a require.
console.log(typeof crypto, Object.prototype.toString.call(crypto));
const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
console.log(globalThis.crypto === crypto);
console.log(crypto.getRandomValues(new Uint8Array(5)).length);
console.log(/^[0-9a-f-]{36}$/.test(crypto.randomUUID()));
crypto.subtle.digest('SHA-256', new Uint8Array([97, 98, 99])).then((ab) => {
  console.log(Buffer.from(ab).toString('hex'));
  console.log(require('crypto').webcrypto === crypto);
});
