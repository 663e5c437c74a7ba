// \p{ID_Start} and \p{ID_Continue} (path-to-regexp names its parameters with
// them): letters, letter numbers, marks, digits, connectors, the Other_ID_* code points.
const S = /^\p{ID_Start}$/u, C = /^\p{ID_Continue}$/u, name = /^[$_\p{ID_Start}][$\u200c\u200d\p{ID_Continue}]*$/u;
const samples = ['a', 'Z', '_', '$', '0', '9', 'é', 'ß', 'ǅ', 'ʰ', 'ー', '漢', 'Ⅻ', '\u0301', '\u0903', '٣', '‿', '·', '\u1369', '℘', '℮', '゛',
  '\u200c', '\u200d', '-', ' ', '\u00a0', '!', '😀', '𝑥', '𐍈', '\u2028', '⸀', '・'];
for (const c of samples) {
  console.log(JSON.stringify(c), c.codePointAt(0).toString(16), S.test(c), C.test(c), /\P{ID_Start}/u.test(c), /^[^\p{IDC}]$/u.test(c), /^\p{IDS}$/u.test(c));
}
for (const n of ['userId', '_x1', '$el', 'café', 'a-b', '1abc', 'ünï_cödé', 'x\u200dy', 'naïve‿word']) console.log(n, name.test(n));
try { new RegExp('\\p{ID_Start}'); console.log('no u: ok'); } catch (e) { console.log(e.name); }
try { new RegExp('\\p{ID_Begin}', 'u'); } catch (e) { console.log(e.name, e.message); }
