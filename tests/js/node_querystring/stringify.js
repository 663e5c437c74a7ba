// querystring.stringify and escape: value types, arrays, separators, a
// custom encoder, node's escape table and its URIError for lone surrogates.
const qs = require('node:querystring');
console.log(qs.stringify({ a: 1, b: 'two', c: true, d: false, e: null, f: undefined, g: NaN, h: Infinity, i: 10n, j: {}, k: [], l: Symbol.iterator }));
console.log(qs.stringify({ a: [1, 2, 3], b: [], c: 'x' }));
console.log(qs.stringify({ a: [1, 2], b: [] }));
console.log(qs.stringify({ b: [], a: 1 }));
console.log(qs.stringify({ 'a b': 'c&d=e', 'é': '€', '😀': "!'()*-._~" }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'));
console.log(qs.stringify({ a: 1, b: 2 }, '', ''));
console.log(qs.stringify({ a: 'x y', b: [1, 2] }, null, null, { encodeURIComponent: (s) => `[${s}]` }));
console.log(qs.stringify({ a: 'é' }, null, null, { encodeURIComponent: escape }));
for (const v of [null, undefined, 5, 'str', true]) console.log(JSON.stringify(qs.stringify(v)));
console.log(qs.stringify([1, 2]), qs.stringify(new Map([[1, 2]])));
const proto = { inherited: 1 };
const o = Object.create(proto); o.own = 2;
console.log(qs.stringify(o));
console.log(qs.escape('a b&c/d?e=f#g'), qs.escape(5), qs.escape({ toString() { return 'x y'; } }), qs.escape([1, 2]));
console.log(qs.escape('\u0000\u007f\u0080\u07ff\u0800\uffff\ud83d\ude00'));
for (const s of ['\ud800', 'a\udc00', '\ud800x']) {
  try { qs.escape(s); } catch (e) { console.log(e.name, e.code, e.message, e instanceof URIError); }
}
try { qs.stringify({ a: '\ud800' }); } catch (e) { console.log(String(e)); }
const saved = qs.escape;
qs.escape = (s) => s.toUpperCase();
console.log(qs.stringify({ ab: 'cd' }));
qs.escape = saved;
console.log(qs.parse(qs.stringify({ x: 'a&b=c', y: ['1 2', '%'] })));
console.log(qs.stringify({ a: [], b: [], c: 1, d: [] }), JSON.stringify(qs.stringify({ a: [] })), qs.stringify({ '': '' }));
