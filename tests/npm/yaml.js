// js-yaml: load/dump of many YAML features, schemas, errors.
const yaml = require('js-yaml');
const doc = `
# a comment
name: kiln
version: 1.2
count: 0x1F
octal: 0o17
float: 6.8523015e+5
inf: .inf
nan: .NaN
nulls: [~, null, Null]
bools: [true, False, yes, no]
date: 2001-12-14
list:
  - one
  - "two\\tquoted"
  - 'single ''q'''
  - { inline: map, n: 3 }
nested:
  deep:
    deeper: [1, [2, 3], {x: y}]
anchors:
  base: &base { a: 1, b: 2 }
  derived:
    <<: *base
    b: 3
literal: |
  line one
  line two
folded: >
  folded
  text here

  new paragraph
multi: "a
  b"
? complex key
: complex value
`;
const data = yaml.load(doc);
console.log(Object.keys(data).join(','));
const { date, ...rest } = data;
console.log(date instanceof Date, JSON.stringify(date));
console.log(JSON.stringify(rest, null, 1));
console.log(yaml.dump(rest));
console.log(yaml.dump(rest, { flowLevel: 1, sortKeys: true, indent: 4 }));
console.log(yaml.dump({ s: 'multi\nline\n', q: 'yes', n: '123', e: '', sp: ' lead', colon: 'a: b', hash: '#x', u: 'ünï', arr: [], obj: {} }));
console.log(yaml.dump([1, -0, 1.5, 1e21, Infinity, -Infinity, NaN, null, true, 'true']));
console.log(yaml.dump({ long: 'word '.repeat(30) }, { lineWidth: 40 }));
console.log(yaml.dump({ a: undefined, f() {}, b: 1 }, { skipInvalid: true }));
const docs = yaml.loadAll('--- 1\n--- [a, b]\n--- {k: v}\n...\n');
console.log(JSON.stringify(docs));
console.log(JSON.stringify(yaml.load('a: 1\nb: 0x10\nc: 2001-01-01', { schema: yaml.JSON_SCHEMA })));
console.log(JSON.stringify(yaml.load('a: 1\nb: true\nc: ~', { schema: yaml.FAILSAFE_SCHEMA })));
for (const bad of ['a: b: c', 'key: [1, 2', '- a\nb: c', '{a: 1, a: 2}', '\tx: 1', 'x: !!int "abc"', '*unknown']) {
  try { console.log('ok', JSON.stringify(yaml.load(bad))); } catch (e) { console.log(e.name, e.reason, e.mark && e.mark.line, e.mark && e.mark.column); }
}
try { yaml.dump({ f() {} }); } catch (e) { console.log(e.name, e.message); }
