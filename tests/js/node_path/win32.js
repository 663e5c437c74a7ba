// path.win32 against node 20: drive letters (relative "C:x" and absolute
// "C:\x"), UNC roots (\\server\share), device roots (\\.\, \\?\),
// reserved device names (CON:, NUL), mixed separators, ".." beyond the
// root, and relative() across case and drives.
const w = require('path').win32;
const inputs = ['', '\\', '/', '\\\\', '//', 'C:', 'C:\\', 'C:/', 'c:x', 'C:\\x', 'C:\\x\\', 'C:x\\y', 'C:..', 'C:\\..',
  'C:\\..\\..\\a', 'C:\\a\\..\\..', 'a', 'a\\', 'a\\b', 'a/b\\c', '\\a', '\\a\\', '\\\\server', '\\\\server\\',
  '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\x', '\\\\server\\share\\x\\..\\..\\y', '//server/share/a',
  '\\\\.\\PHYSICALDRIVE0', '\\\\?\\C:\\x', '\\\\.\\pipe\\name', '\\\\?\\', 'CON:', 'con:x', 'NUL', 'CON', 'CONx', 'LPT1:\\a',
  'AUX:..', 'x:y:z', 'a:b', 'a\\b:', '.\\C:x', '..', '..\\..', '.\\a\\.\\b', 'C:\\foo.bar\\baz.txt', 'C:\\.bashrc', 'C:..\\..',
  'file.', '\\..', 'C:foo.tar.gz', 'c:\\Windows\\System32\\', '\\\\a\\b\\c\\d.e'];
for (const x of inputs) {
  const row = [w.normalize(x), w.dirname(x), w.basename(x), w.extname(x), w.isAbsolute(x), JSON.stringify(w.parse(x))];
  console.log(JSON.stringify(x), row.map(String).join(' | '));
}
for (const x of ['C:\\a\\b.txt', 'C:b.txt', 'C:', 'a\\b.TXT', 'b.txt\\\\']) {
  console.log(JSON.stringify(x), ['', '.txt', '.TXT', 'b.txt', 'C:'].map((s) => JSON.stringify(w.basename(x, s))).join(' '));
}
const joins = [[], ['', ''], ['a', 'b'], ['C:', 'a'], ['C:\\', '..'], ['\\\\server', 'share'], ['//server', 'share', 'x'],
  ['\\\\\\server', 'share'], ['//', 'a'], ['', '//a'], ['a', '\\\\b'], ['C:', '\\\\x'], ['\\', 'a'], ['.', 'C:x'],
  ['CON:', 'a'], ['a', 'b:', 'c'], ['x', '..', '..', 'y']];
for (const j of joins) console.log('join', JSON.stringify(j), JSON.stringify(w.join(...j)));
const rels = [['C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'], ['C:\\', 'D:\\'], ['c:\\a', 'C:\\A\\b'], ['C:\\a\\b', 'C:\\a'],
  ['C:\\', 'C:\\foo'], ['C:\\foo', 'C:\\'], ['C:\\foo\\bar', 'C:\\foo\\bar\\baz'], ['\\\\server\\share\\a', '\\\\server\\share\\b'],
  ['\\\\foo\\bar', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar'], ['C:\\baz-quux', 'C:\\baz'], ['C:\\baz', 'C:\\baz-quux'],
  ['C:\\a\\ß', 'C:\\a\\SS'], ['\\\\foo\\baz-quux', '\\\\foo\\baz'], ['C:\\Ä', 'C:\\ä\\x']];
for (const [a, b] of rels) console.log('relative', a, b, JSON.stringify(w.relative(a, b)));
const resolves = [['C:\\a', 'b'], ['C:\\a', 'D:\\b'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'], ['c:/blah\\blah', 'd:/games', 'c:../a'],
  ['\\\\server\\share', '..', 'relative\\'], ['C:\\', '..', '..'], ['C:\\x', '\\y'], ['\\\\.\\PHYSICALDRIVE0', 'x'], ['C:\\a', 'C:b']];
for (const r of resolves) console.log('resolve', JSON.stringify(r), w.resolve(...r));
for (const x of ['C:\\a\\b', '\\\\server\\share\\x', '\\\\?\\C:\\x', '\\\\.\\pipe', '', 'c:\\']) console.log('ns', JSON.stringify(w.toNamespacedPath(x)));
const formats = [{ root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt' }, { root: 'C:\\', name: 'f', ext: 'txt' }, { dir: 'a', base: 'b' }];
for (const f of formats) console.log('format', JSON.stringify(f), JSON.stringify(w.format(f)));
console.log(w.sep, w.delimiter, w.win32 === w);
