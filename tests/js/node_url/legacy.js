// The legacy url.parse/format/resolve: node's lenient parser, its Url
// objects, parseQueryString, slashesDenoteHost, and resolution.
const url = require('url');
const inputs = [
  'http://user:pw@Host.COM:8080/p/a/t/h?query=string&a=1#hash', '/foo?a=1', '//x.com/y', 'x.com/y',
  'HTTP://X.COM', 'http://x.com', 'http://a@b@c/d', 'http://a@b?@c', 'http://x.com\\a\\b?c\\d', '  http://x.com/  ',
  'mailto:user@example.com?subject=hi', 'javascript:alert("x y")', 'file:///etc/passwd', 'file://host/f', 'file:x',
  'http://[::1]:3000/x', 'http://[fe80::1%25eth0]/', 'http://x.com/a b<c>"d\'e{f}|g^h`i', 'http://x.com:abc/',
  'http://x.com:/', 'http://x_y.com/', 'http://münchen.de/ä', 'http://x.com#a#b', 'http://x.com?a?b', '?only=q', '#only',
  '', 'foo:bar', 'foo://bar/baz', 'http:/x/y', 'http:x', 'https://a.b.c/d;p?q', 'http://x/%zz', 'ws://x:1', 'sip:alice@atlanta.com',
];
for (const i of inputs) {
  let u;
  try { u = url.parse(i); } catch (e) { console.log(JSON.stringify(i), e.name, e.code, e.message, e.input); continue; }
  console.log(JSON.stringify(i), JSON.stringify(u), u.format() === u.href);
}
console.log(url.parse('http://x/?a=1&a=2&b=%20', true).query, url.parse('/p', true).query, url.parse('http://x', true).search);
console.log(url.parse('//host/p', false, true).host, url.parse('//host/p').host);
console.log(url.parse('http://x'));
console.log(url.parse('http://x') instanceof url.Url, typeof url.Url.prototype.parse);
try { url.parse(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { url.format(5); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(url.format({ protocol: 'http', host: 'x.com', pathname: 'p?#', query: { a: [1, 2], b: 'c d' } }));
console.log(url.format({ protocol: 'https:', hostname: 'x', port: 8, auth: 'u:p @', search: 'q#', hash: 'h' }));
console.log(url.format({ protocol: 'file', pathname: '/x' }), url.format({ protocol: 'mailto', pathname: 'a@b' }));
console.log(url.format({ hostname: '::1', port: 80 }), url.format({ slashes: true, host: 'h', pathname: 'p' }));
console.log(url.format('http://X.com/a b'), url.format({}), url.format({ search: '?a', query: { b: 1 } }));
const pairs = [
  ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://example.com/a/b', '../c'], ['http://example.com/a/b/', '../../../c'], ['http://a/b/c/d;p?q', 'g;x?y#s'],
  ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', './'], ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', '#s'],
  ['http://a/b/c/d;p?q', ''], ['http://a/b/c/d;p?q', '//g'], ['http://a/b/c/d;p?q', 'https:g'], ['http://a/b', 'http:g'],
  ['http://a/b', 'mailto:x@y'], ['mailto:local1@domain1', 'local2@domain2'], ['http://x/', 'https://y'], ['a/b', '../../c'],
  ['/a/b', '.'], ['http://x', 'y'], ['http://user:pw@x/a', '/b'], ['http://user:pw@x/a', '//y/b'], ['file:///a/b', 'c'],
  ['foo:bar', 'baz'], ['http://x/a/b/c', '../../..'], ['http://x/a', 'http://x/b?c'],
];
for (const [a, b] of pairs) console.log(JSON.stringify(a), JSON.stringify(b), '->', url.resolve(a, b));
console.log(JSON.stringify(url.resolveObject('http://x/a/b', '../c?d#e')));
