// Tagged templates: raw strings, per-site caching, invalid escapes.
function tag(strings, ...values) {
  return JSON.stringify({ strings, raw: strings.raw, values });
}
console.log(tag`a${1}b${'two'}c`);
console.log(tag`\n\t${0}\u0041`);
console.log(tag`\unicode and \xZZ`);
const sites = [];
function capture(s) { sites.push(s); return s; }
for (let i = 0; i < 2; i++) capture`same site ${i}`;
capture`other site`;
console.log(sites[0] === sites[1], sites[0] === sites[2], Object.isFrozen(sites[0]), Object.isFrozen(sites[0].raw));
console.log(String.raw`C:\path\${'x'}\n`, String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3));
// tags as member expressions and calls
const obj = { t(s, v) { return this.prefix + s[0] + v; }, prefix: '>' };
console.log(obj.t`val:${42}`);
const curry = (a) => (s, ...v) => a + s.raw.join('|') + v.join('+');
console.log(curry('c:')`x${1}y${2}z`);
// nested templates
const inner = (s, v) => `[${s[0]}${v}]`;
console.log(`outer ${inner`in${'ner'}`} ${`plain ${1 + 1}`}`);
// template literal ToString
console.log(`${{ toString() { return 'ts'; } }} ${[1, [2, 3]]} ${null} ${undefined} ${Symbol.iterator.description}`);
try { `${Symbol()}`; } catch (e) { console.log(e.constructor.name, e.message); }
