// String.prototype.normalize in all four forms.
const samples = ['café', 'cafe\u0301', 'Å', 'A\u030A', '\u212B', 'ﬁ', '①', 'ｶ', 'ẛ̣', '한국어', '\u1100\u1161\u11A8', 'plain ascii', ''];
const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16).padStart(4, '0')).join(' ');
for (const s of samples) {
  console.log(JSON.stringify(s), ['NFC', 'NFD', 'NFKC', 'NFKD'].map((f) => hex(s.normalize(f))).join(' | '));
}
console.log('cafe\u0301'.normalize() === 'café', 'café'.normalize('NFD').length);
// lone surrogates pass through
console.log(hex('a\uD800e\u0301'.normalize()), hex('\uDC00\u0301'.normalize('NFD')));
try { 'x'.normalize('nfc'); } catch (e) { console.log(e.constructor.name, e.message); }
try { String.prototype.normalize.call(null); } catch (e) { console.log(e.constructor.name, e.message); }
console.log('x'.normalize(undefined), String.prototype.normalize.length);
