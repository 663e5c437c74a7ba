// json5, yaml (eemeli), diff (jsdiff), papaparse and fast-xml-parser.
const JSON5 = require('json5');
const YAML = require('yaml');
const Diff = require('diff');
const Papa = require('papaparse');
const { XMLParser, XMLBuilder, XMLValidator } = require('fast-xml-parser');

const j5 = `{
  // comments
  unquoted: 'and you can quote me on that', singleQuotes: 'I can use "double quotes" here',
  lineBreaks: "Look, Mom! \\
No \\\\n's!", hexadecimal: 0xdecaf, leadingDecimalPoint: .8675309, andTrailing: 8675309.,
  positiveSign: +1, trailingComma: 'in objects', andIn: ['arrays',], "backwardsCompatible": "with JSON", inf: -Infinity, nan: NaN,
}`;
const o = JSON5.parse(j5);
console.log(o);
console.log(JSON5.stringify(o), JSON5.stringify({ a: [1, { 'b-c': "it's" }], u: undefined, d: new Date(0) }, null, 2));
console.log(JSON5.stringify('x', { quote: '"' }), JSON5.parse('[1,2,]', (k, v) => typeof v === 'number' ? v * 2 : v));
for (const bad of ['{a:1', "{'a':}", '[1 2]', '01', '"\\x4"']) {
  try { JSON5.parse(bad); } catch (e) { console.log(e.name, e.message, e.lineNumber, e.columnNumber); }
}

const ydoc = YAML.parseDocument('# top\nname: app # trailing\nlist:\n  - a\n  - b: 1\nanchor: &x {k: v}\nref: *x\n');
console.log(JSON.stringify(ydoc.toJS()), ydoc.get('name'), ydoc.getIn(['list', 1, 'b']), ydoc.errors.length);
ydoc.set('added', [1, 2]); ydoc.setIn(['list', 0], 'A'); ydoc.delete('ref');
console.log(String(ydoc));
console.log(YAML.stringify({ s: 'x: y', n: null, b: true, arr: [[1, 2], { k: 'v' }], multi: 'one\ntwo\n', date: '2001-01-01', num: '12' }));
console.log(JSON.stringify(YAML.parse('a: !!str 5\nb: 0o17\nc: 1_000\nd: [on, yes, true]\ne: 2020-01-01', { version: '1.1' })));
const bad = YAML.parseDocument('a: 1\na: 2\n- x');
console.log(bad.errors.map(e => e.code + ': ' + e.message.split('\n')[0]));
try { YAML.parse('key: [unclosed'); } catch (e) { console.log(e.name, e.code, e.linePos && JSON.stringify(e.linePos)); }

console.log(Diff.diffChars('kitten', 'sitting').map(p => (p.added ? '+' : p.removed ? '-' : '=') + p.value).join(' '));
console.log(Diff.diffWords('the quick brown fox', 'the slow brown dog').map(p => (p.added ? '+' : p.removed ? '-' : '=') + JSON.stringify(p.value)).join(' '));
const a = 'line1\nline2\nline3\nline4\nline5\n', b = 'line1\nline2 changed\nline3\nline5\nline6\n';
console.log(Diff.diffLines(a, b).map(p => [p.count, !!p.added, !!p.removed]));
const patch = Diff.createTwoFilesPatch('a.txt', 'b.txt', a, b, 'old', 'new');
console.log(patch);
console.log(Diff.applyPatch(a, patch) === b, JSON.stringify(Diff.parsePatch(patch)[0].hunks.map(h => [h.oldStart, h.oldLines, h.newStart, h.newLines])));
console.log(JSON.stringify(Diff.diffArrays([1, 2, 3], [1, 3, 4])), JSON.stringify(Diff.diffJson({ a: 1, b: [1] }, { a: 2, b: [1] }).map(p => p.value)));

const csv = 'name,age,note\nAnn,31,"says ""hi"""\nBob,25,"multi\nline"\n,,\nCy,x,plain\n';
const res = Papa.parse(csv, { header: true, dynamicTyping: true, skipEmptyLines: true });
console.log(JSON.stringify(res.data), JSON.stringify(res.errors), res.meta.fields, res.meta.delimiter);
console.log(JSON.stringify(Papa.parse('a;b;c\n1;2;3').data), JSON.stringify(Papa.parse('a,"b\n', {}).errors.map(e => e.code)));
console.log(Papa.unparse([{ a: 1, b: 'x,y' }, { a: 2, b: 'q"q' }]), '|', Papa.unparse({ fields: ['x'], data: [[1], [2]] }, { newline: '\n', quotes: true }));

const xml = '<?xml version="1.0"?><root a="1"><item id="x">one</item><item id="y"><![CDATA[<two>]]></item><empty/><n>42</n><!-- c --></root>';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', cdataPropName: '#cdata', commentPropName: '#c' });
const px = parser.parse(xml);
console.log(JSON.stringify(px));
console.log(new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, cdataPropName: '#cdata', commentPropName: '#c' }).build(px));
console.log(XMLValidator.validate('<a><b></a>'), XMLValidator.validate('<a/>'), JSON.stringify(new XMLParser().parse('<a><b>1</b><b>2</b><c>true</c></a>')));
