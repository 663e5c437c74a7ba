async function fail() { await null; throw new TypeError('async failure'); }
console.log('before');
fail();
