// querystring.parse: separators (multi-character too), '+', percent
// decoding with the byte-wise fallback, repeated keys, maxKeys, custom
// decoders, and what non-string input gives.
const qs = require('querystring');
const cases = [
  'a=1&b=2', 'a=1&a=2&a=3', 'a', 'a=', '=b', '=', '&', '&&a=1&&', 'a=1&', 'a==b', 'a=b=c',
  'foo+bar=baz+qux', 'a%20b=c%20d', 'a%41=b%42', '%zz=%', 'caf%C3%A9=%E2%82%AC', '%C3=%E9',
  'é%=x', 'x=é%zz', 'a=%F0%9F%98%80', '?a=1', 'a[]=1&a[]=2', 'constructor=1&__proto__=2&toString=3',
  'a=1;b=2', ' a = b ', 'a=%', 'a=%2', 'a=%25', '%2B=%2b',
];
for (const c of cases) console.log(JSON.stringify(c), qs.parse(c));
console.log(qs.parse('a:1;b:2;a:3', ';', ':'));
console.log(qs.parse('a=>1<>b=>2', '<>', '=>'));
console.log(qs.parse('a=1&&b=2', '&&'));
console.log(qs.parse('a=1&b=2', 0, 0));
console.log(qs.parse('a-1x1b-2', 1, '-'));
console.log(qs.parse('a=1&b=2&c=3&d=4', null, null, { maxKeys: 2 }));
console.log(qs.parse('&&&a=1&b=2', null, null, { maxKeys: 3 }));
console.log(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 }));
console.log(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: -1 }));
console.log(Object.keys(qs.parse(Array.from({ length: 1005 }, (_, i) => `k${i}=v`).join('&'))).length);
console.log(qs.parse('a=1+2&b=%41', null, null, { decodeURIComponent: (s) => `<${s}>` }));
console.log(qs.parse('a=1&b=2', null, null, { decodeURIComponent: (s) => { if (s === '1') throw new Error('x'); return s.toUpperCase(); } }));
console.log(qs.parse('x=%E9', null, null, { decodeURIComponent: unescape }));
for (const v of [undefined, null, 5, {}, '']) console.log(qs.parse(v));
console.log(Object.getPrototypeOf(qs.parse('a=1')));
console.log(qs.decode === qs.parse, qs.encode === qs.stringify);
console.log(qs.unescape('a%20b+c'), qs.unescape('%E9%zz', true), qs.unescape('%'));
const buf = qs.unescapeBuffer('a%41+%zz%4', true);
console.log(buf, Buffer.isBuffer(buf), qs.unescapeBuffer('ab+c').toString());
console.log(qs.unescapeBuffer('\u0101%C3%A9'));
