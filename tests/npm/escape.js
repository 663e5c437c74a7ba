// escape-html, he (entities) and sprintf-js.
const escapeHtml = require('escape-html');
const he = require('he');
const { sprintf, vsprintf } = require('sprintf-js');
for (const s of ['plain', '<script>alert("x")</script>', "it's & that's", '', 42, null, '&amp;', 'a<b>c"d\'e&f']) {
  console.log(JSON.stringify(escapeHtml(s)));
}
console.log(he.encode('foo © bar ≠ baz 𝌆 qux'), he.encode('foo © bar', { useNamedReferences: true }));
console.log(he.encode('foo © bar ≠ 𝌆', { decimal: true }), he.encode('<a>&"\'`', { allowUnsafeSymbols: false }));
console.log(he.encode('foo\0bar', { strict: false }), he.escape('<img src=\'x\' onerror="y">'));
console.log(he.decode('foo &copy; bar &ne; baz &#x1D306; qux &amp;amp; &lt;&gt; &nbsp;|&#8364;&euro;&notanentity;'));
console.log(he.decode('foo&ampbar', { isAttributeValue: false }), he.decode('foo&ampbar', { isAttributeValue: true }));
try { he.decode('&#xD800;', { strict: true }); } catch (e) { console.log(e.message); }
console.log(he.decode(he.encode('ünïcödé ✓ 😀')) === 'ünïcödé ✓ 😀');
const fmts = [
  ['%s is %d years', 'Ann', 42], ['%05d|%-5d|%+d|%+d', 42, 7, 3, -3], ['%.2f|%8.3f|%-8.1f|%e', Math.PI, Math.E, -1.25, 12345.678],
  ['%x %X %o %b %c', 255, 255, 8, 5, 65], ['%u', -1], ['%10s|%-10s|', 'right', 'left'], ["%'*10s|%'010d", 'pad', 12],
  ['%2$s %1$s', 'world', 'hello'], ['%(name)s is %(age)d', { name: 'Bob', age: 7 }], ['%(user.name)s', { user: { name: 'nested' } }],
  ['%j', { a: [1, 2] }], ['%t %T %v', true, [], 'x'], ['%.3s', 'abcdef'], ['%%literal'], ['%g %g', 0.0001, 123456789],
  ['%i', 3.9], ['%5.1f%%', 99.44],
];
for (const f of fmts) console.log(JSON.stringify(sprintf(...f)));
console.log(vsprintf('%s-%s-%s', ['a', 'b', 'c']));
for (const bad of [['%d', 'abc'], ['%z', 1], ['%(x', {}]]) {
  try { console.log(sprintf(...bad)); } catch (e) { console.log(e.constructor.name, e.message); }
}
