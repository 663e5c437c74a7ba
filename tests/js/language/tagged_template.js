// Tagged templates: the template object, its caching per site, `this` of
// member tags, invalid escapes, and String.raw.
function tag(strings, ...subs) {
  return JSON.stringify({ strings, raw: strings.raw, subs });
}
const x = 1, y = "two";
console.log(tag`a${x}b${y}c`);
console.log(tag``);
console.log(tag`${x}`);
console.log(tag`line1\nline2 \u0041 ${x + 1}`);

// the strings array and its raw array are frozen; raw is not enumerable
function inspect(s) {
  console.log(Array.isArray(s), Object.isFrozen(s), Object.isFrozen(s.raw), s.length, s.raw.length);
  console.log(Object.keys(s), Object.getOwnPropertyDescriptor(s, "raw").enumerable,
              Object.getOwnPropertyDescriptor(s, "raw").writable);
  return s;
}
inspect`p${0}q`;

// invalid escapes: cooked is undefined, raw keeps the text
function cooked(s) { return [s[0], s.raw[0], s[1], s.raw[1]]; }
console.log(cooked`\unicode and ${0}\xZZ`);
console.log(cooked`\01${1}ok`);

// one template object per site: the same object on every evaluation
const seen = [];
function keep(s) { seen.push(s); return s; }
for (let i = 0; i < 3; i++) keep`same ${i} site`;
console.log(seen[0] === seen[1], seen[1] === seen[2]);
keep`same ${0} site`; // a different site with the same text
console.log(seen[3] === seen[0]);
function f() { return keep`in a function`; }
console.log(f() === f());

// member-expression tags get the right `this`
const obj = {
  prefix: ">>",
  fmt(s, ...v) { return this.prefix + s.map((p, i) => p + (i < v.length ? v[i] : "")).join(""); },
};
console.log(obj.fmt`x=${x}, y=${y}`);
console.log(obj["fmt"]`computed ${42}`);

// evaluation order: tag first, then substitutions left to right
const order = [];
function t2() { order.push("tag"); return (s, ...v) => v; }
console.log(t2()`${order.push("a")}${order.push("b")}`, order.join(","));

// String.raw
console.log(String.raw`C:\new\table ${x} \u{zz}`);
console.log(String.raw({ raw: ["a", "b", "c"] }, 1, 2, 3));
console.log(String.raw`\`backtick\``.length);

// tags returning anything, chained tags
const id = (s) => (s2) => s[0] + s2[0];
console.log(id`first``second`);

// a non-function tag throws TypeError
try { const nf = 3; nf`x`; } catch (e) { console.log(e instanceof TypeError); }
