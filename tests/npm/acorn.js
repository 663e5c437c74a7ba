// acorn: parse JavaScript into ESTree, walk it, report syntax errors with positions.
const acorn = require('acorn');
const src = `
import { a as b } from './m.js';
export default class K extends Base {
  #priv = 1;
  static { init(); }
  async *gen(x = 1, ...rest) { for await (const y of rest) yield y ?? x; }
  get v() { return this.#priv?.toString() ?? \`t\${1 + 2}\`; }
}
const { p, q: [r = 2, ...s] } = obj, re = /a(?<n>b)+/gu, big = 10n ** 3n;
label: for (let i = 0; i < 3; i++) { if (i) continue label; else break; }
try { throw new Error('x'); } catch { } finally { a ||= b &&= c ??= d; }
`;
const ast = acorn.parse(src, { ecmaVersion: 2022, sourceType: 'module', locations: true });
const counts = {};
(function walk(n) {
  if (!n || typeof n.type !== 'string') return;
  counts[n.type] = (counts[n.type] || 0) + 1;
  for (const k of Object.keys(n)) {
    const v = n[k];
    if (Array.isArray(v)) v.forEach(walk); else if (v && typeof v === 'object' && k !== 'loc') walk(v);
  }
})(ast);
console.log(Object.entries(counts).sort().map(([k, v]) => k + '=' + v).join(' '));
console.log(JSON.stringify(acorn.parse('let x = 1 + 2 * y', { ecmaVersion: 2020 })));
const cls = ast.body[1].declaration;
console.log(cls.type, cls.id.name, cls.superClass.name, cls.body.body.map(m => m.type + ':' + (m.key ? m.key.name : '-')), cls.loc.start, cls.loc.end);
console.log(JSON.stringify(acorn.parseExpressionAt('f(a)(b), c', 0, { ecmaVersion: 2020 })));
const toks = [...acorn.tokenizer('x = /re/g.test("s") ? 0x1F : `t${y}`', { ecmaVersion: 2020 })].map(t => t.type.label + (t.value !== undefined ? ':' + t.value : ''));
console.log(toks.join(' '));
const comments = [];
acorn.parse('/* block */ a; // line\n b;', { ecmaVersion: 2020, onComment: comments });
console.log(JSON.stringify(comments));
for (const bad of ['let let = 1', 'a +', 'class { }', 'x = 08n', '"\\u{110000}"', 'for (const x of y) let z;', 'await x', 'function f(a, a) { "use strict"; }', '({a:1} = 1)']) {
  try { acorn.parse(bad, { ecmaVersion: 2022 }); console.log('ok', bad); } catch (e) { console.log(e.name, e.message, e.pos, e.loc && e.loc.line, e.loc && e.loc.column); }
}
console.log(acorn.version, acorn.isIdentifierStart(0x41), acorn.isIdentifierChar(0x30), acorn.isIdentifierStart(0x30));
const big = Array.from({ length: 400 }, (_, i) => `function f${i}(a, b) { return a * ${i} + (b || []).map(x => x + ${i}).length; }`).join('\n');
console.log(acorn.parse(big, { ecmaVersion: 2020 }).body.length);
