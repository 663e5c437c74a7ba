// console.log and util.inspect of URL and URLSearchParams as node prints
// them, nested, at limited depth, and their iterators.
const util = require('util');
const u = new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#h');
console.log(u);
console.log({ u });
console.log([u.searchParams]);
console.log(new URLSearchParams('a=1&b=2'), new URLSearchParams(''));
console.log(new URLSearchParams({ a: 'x'.repeat(40), b: 'y'.repeat(40) }));
console.log(util.inspect(u, { depth: 0 }));
console.log(util.inspect({ a: { b: u } }));
console.log(util.inspect({ a: { b: { c: new URLSearchParams('q=1') } } }));
const p = new URLSearchParams('x=1&y=2');
console.log(p.keys(), p.values(), p.entries());
const it = p.entries(); it.next(); it.next();
console.log(it);
console.log(new URL('file:///tmp/a b'), new URL('mailto:a@b'));
console.log(Object.keys(u), Object.getOwnPropertyNames(URL.prototype));
console.log(Object.getOwnPropertyNames(URLSearchParams.prototype));
console.log(typeof URL, typeof URLSearchParams, URL.name, URL.length, URLSearchParams.length);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'URL').enumerable, require('url').URL === URL);
console.log(`${util.format('%s', u)}`, util.format('%o', new URLSearchParams('a=1')).slice(0, 20));
