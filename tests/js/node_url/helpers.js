// node:url's helpers: fileURLToPath, pathToFileURL, urlToHttpOptions,
// domainToASCII/Unicode, url.format of a URL with options, and the
// module's names under require, node: and import().
const url = require('node:url');
const { fileURLToPath, pathToFileURL } = require('url');
for (const v of ['file:///tmp/a%20b.txt', 'file://localhost/etc/x', new URL('file:///%C3%A9t%C3%A9'), 'file:///a/%2F/b',
  'file://host/x', 'http://x/y', 5, null, { href: 'file:///x', protocol: 'file:', pathname: '/x', hostname: '' }]) {
  try { console.log(fileURLToPath(v)); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const p of ['/tmp/a b#c?d%e\\f', '/x/y/', '/', '/tmp/\u00e9\n\t']) console.log(pathToFileURL(p).href);
console.log(pathToFileURL('rel/x').href === new URL(`file://${process.cwd()}/rel/x`).href);
try { pathToFileURL(5); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(url.urlToHttpOptions(new URL('https://a:b%20c@[::1]:99/p?q#h')));
console.log(url.urlToHttpOptions(new URL('http://x/')));
console.log(url.domainToASCII('Español.com'), url.domainToASCII('xn--iñvalid.com'), url.domainToASCII('EXAMPLE.org'));
console.log(url.domainToUnicode('xn--espaol-zwa.com'), url.domainToUnicode('xn--iñvalid.com'), url.domainToUnicode('a.b'));
const u = new URL('http://user:pw@xn--espaol-zwa.com:81/p?q=1#frag');
console.log(url.format(u), url.format(u, { auth: false, search: false, fragment: false }), url.format(u, { unicode: true }));
try { url.format(u, 5); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.keys(url).sort().join(' '));
import('node:url').then((ns) => console.log(ns.URL === URL, typeof ns.parse, ns.default === url));
