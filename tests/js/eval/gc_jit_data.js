// Code compiled by the eval JIT keeps GC references in its own data (the
// regexp program of a literal site, string literals, inline caches): they
// must survive collections while the program allocates a lot.
const f = new Function('s', 'return /^(a+)(b*)c$/.test(s) && "lit" + s;');
const g = new Function('o', 'return o.x + o.y;');
const h = eval('(function (n) { return ["k" + n, { key: n }]; })');
let junk = [];
for (let i = 0; i < 200000; i++) {
  junk.push({ a: i, s: 'x' + i, arr: [i, i] });
  if (junk.length > 5000) junk = [];
  if (f('aaabbc') !== 'litaaabbc') { console.log('bad f at', i); break; }
  if (g({ x: i, y: 1 }) !== i + 1) { console.log('bad g at', i); break; }
  const [k, o] = h(i);
  if (k !== 'k' + i || o.key !== i) { console.log('bad h at', i); break; }
}
console.log('done', f('ac'), f('abd'), g({ x: 'a', y: 'b' }), h(7)[0]);
