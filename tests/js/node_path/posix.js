// path.posix against node 20 over a grid of awkward inputs: empty strings,
// trailing and repeated slashes, "." and "..", ".." beyond the root, dots
// in names, extensions, suffixes.
const path = require('path');
const p = path.posix;
const inputs = ['', '/', '//', '///', '.', '..', '...', './', '../', '/.', '/..', '/...', '//..', 'a', 'a/', 'a//', '/a', '//a',
  '///a', '/a/', 'a/b', 'a//b', 'a/b/', '/a/b/c', '/a/b/c/', 'a/./b', 'a/../b', 'a/../../b', '../a', '../../a/b/..',
  '/../a', '/a/../../b', '.a', '..a', 'a.', 'a..', '.a.b', 'a.b.c', '/x/y.txt', '/x/y.tar.gz', 'x/.bashrc', 'x/..',
  'x/../', '/.hidden/', 'file.', '/dir.ext/', 'a\\b', 'C:\\x', '/foo/bar//baz/asdf/quux/..'];
for (const x of inputs) {
  const row = [p.normalize(x), p.dirname(x), p.basename(x), p.extname(x), p.isAbsolute(x), JSON.stringify(p.parse(x))];
  console.log(JSON.stringify(x), row.map(String).join(' | '));
}
const suffixes = ['', '.txt', 'txt', 'b.txt', 'xb.txt', '/', 'a', '.'];
for (const x of ['b.txt', '/a/b.txt', '/a/b.txt/', 'b.txt//', 'a/b', '.txt', '///', 'a/xb.txt', 'a/bb', 'txt']) {
  console.log(JSON.stringify(x), suffixes.map((s) => JSON.stringify(p.basename(x, s))).join(' '));
}
const joins = [[], [''], ['', ''], ['a', 'b'], ['/a', '/b'], ['a', '', 'b'], ['a/', '/b/'], ['..', 'a'], ['/', '..'],
  ['a', '../..', 'b'], ['./', '.'], ['/foo', 'bar', 'baz/asdf', 'quux', '..'], ['', '/x'], ['//', 'a']];
for (const j of joins) console.log('join', JSON.stringify(j), JSON.stringify(p.join(...j)));
const rels = [['/a/b', '/a/b'], ['/a/b', '/a/b/c'], ['/a/b/c', '/a/b'], ['/a/bc', '/a/b'], ['/a/b', '/a/bc'], ['/', '/a'],
  ['/a', '/'], ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['/a/b/', '/a/b'], ['/x', '/y/z'], ['/', '/'],
  ['/foo/bar/baz-quux', '/foo/bar/baz'], ['/foo/bar/baz', '/foo/bar/baz-quux'], ['/baz-quux', '/baz'], ['/page1/page2/foo', '/']];
for (const [a, b] of rels) console.log('relative', a, b, JSON.stringify(p.relative(a, b)));
console.log(p.relative('', '') === '', p.relative('.', process.cwd()));
const resolves = [['/a', 'b'], ['/a', '/b'], ['/a', '..', '..', '..'], ['/foo/bar', './baz'], ['/foo/bar', '/tmp/file/'],
  ['/', ''], ['/x/', '', '.', 'y/'], ['/var/lib', '../', 'file/']];
for (const r of resolves) console.log('resolve', JSON.stringify(r), p.resolve(...r));
console.log(p.resolve() === process.cwd(), p.resolve('') === process.cwd(), p.resolve('a') === process.cwd() + '/a');
const formats = [{ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }, { root: '/', base: 'file.txt', ext: 'ignored' },
  { root: '/', name: 'file', ext: '.txt' }, { name: 'file', ext: 'txt' }, { dir: 'd', name: 'n' }, {}, { root: '/', dir: '/' },
  { base: 'b', dir: '' }, { root: 'r', name: 'x' }];
for (const f of formats) console.log('format', JSON.stringify(f), JSON.stringify(p.format(f)));
console.log(p.sep, p.delimiter, p.toNamespacedPath('/a/../b'), p.toNamespacedPath(5), path.posix === path, path.win32.posix === path);
console.log(typeof path._makeLong, path.format.name, path.join.name, path.join.length, path.resolve.length, path.basename.length);
