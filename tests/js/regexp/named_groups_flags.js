// Named groups, lookbehind, sticky and global state, replace callbacks, d flag.
const date = /(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})/u;
const m = '2024-03-15'.match(date);
console.log(m.groups, m.index, { ...m.groups });
console.log('2024-03-15'.replace(date, '$<day>/$<month>/$<year>'), '2024-03-15'.replace(date, (...a) => JSON.stringify(a.at(-1))));
console.log('price: $42, €17'.match(/(?<=\$)\d+/g), 'abc123def'.replace(/(?<!\d)\d/g, '#'));
const sticky = /foo/y;
sticky.lastIndex = 3;
console.log(sticky.test('barfoo'), sticky.lastIndex, sticky.test('barfoo'), sticky.lastIndex);
const g = /o/g;
console.log(g.exec('foo').index, g.lastIndex, g.exec('foo').index, g.exec('foo'), g.lastIndex);
console.log([...'a1b2c3'.matchAll(/(?<l>[a-z])(?<d>\d)/g)].map((x) => x.groups.l + '=' + x.groups.d));
const d = /b(?<x>c)/d.exec('abcd');
console.log(d.indices[0], d.indices[1], d.indices.groups.x);
console.log(/^\p{Lu}\p{Ll}+$/u.test('Hello'), 'ǅ'.match(/\p{Lt}/u)[0]);
console.log('aBc'.replace(/b/i, (s) => s.toUpperCase() + '!'), 'x-y_z'.split(/[-_]/), 'a,b,,c'.split(',', 2));
console.log(/(a)|(b)/.exec('b'), RegExp.prototype.flags !== undefined, /x/gimsuy.flags, new RegExp('a', 'v').unicodeSets);
console.log(/\bword\b/.test('a word here'), /^.$/su.test('\n'), /(?:ab){2,3}/.exec('abababab')[0], /(\d+)\s\1/.test('42 42'));
try { new RegExp('('); } catch (e) { console.log(e.constructor.name, e.message); }
