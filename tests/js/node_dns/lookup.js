// dns.lookup and dns.promises.lookup over getaddrinfo, for localhost and
// IP literals only (no network), with node's argument errors.
const dns = require('dns');
console.log(dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL);
for (const f of [() => dns.lookup(1, () => {}), () => dns.lookup('localhost', 5, () => {}), () => dns.lookup('localhost', {family: 5}, () => {}),
  () => dns.lookup('localhost', {family: 4}), () => dns.lookup('localhost', {all: 1}, () => {}), () => dns.lookup('localhost', {hints: 'x'}, () => {}),
  () => dns.lookup('localhost', {hints: 12345}, () => {}), () => dns.lookup('localhost', {verbatim: 'x'}, () => {}), () => dns.lookup('localhost', 'x', () => {})]) {
  try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
function step(label, f) {
  return new Promise((resolve) => f((...a) => {
    console.log(label, a);
    resolve();
  }));
}
(async () => {
  // one lookup at a time: the threadpool may finish concurrent ones in any order
  await step('l4', (k) => dns.lookup('localhost', { family: 4 }, k));
  await step('l4n', (k) => dns.lookup('localhost', 4, k));
  await step('l4all', (k) => dns.lookup('localhost', { family: 'IPv4', all: true }, k));
  await step('ip', (k) => dns.lookup('127.0.0.1', k));
  await step('ip6', (k) => dns.lookup('::1', { all: true }, k));
  await step('empty', (k) => dns.lookup('', k));
  await step('empty all', (k) => dns.lookup('', { all: true }, k));
  await step('null', (k) => dns.lookup(null, k));
  console.log('promise', await dns.promises.lookup('localhost', { family: 4 }));
  console.log('promise all', await dns.promises.lookup('localhost', { family: 4, all: true }));
  console.log('dns/promises', await require('dns/promises').lookup('127.0.0.1'));
  await step('all6', (k) => dns.lookup('localhost', { family: 6, all: true, hints: dns.ADDRCONFIG | dns.V4MAPPED },
                                        (err, list) => k(err === null || err.code === 'ENOTFOUND', Array.isArray(list) || list === undefined)));
  await step('ipv4first', (k) => dns.lookup('localhost', { all: true, order: 'ipv4first' }, (e, list) => k(list[0])));
  console.log('promisified', await require('util').promisify(dns.lookup)('localhost', 4));
})();
console.log(dns.getDefaultResultOrder(), typeof dns.promises.lookup);
console.log('sync end');
