// URLSearchParams: construction from strings, sequences and records,
// form-urlencoded parsing and serialization, every method, iteration,
// argument errors.
const show = (p) => console.log(JSON.stringify(p.toString()), JSON.stringify([...p]));
show(new URLSearchParams('?a=1&b=2&&c&=d&e=&a=5'));
show(new URLSearchParams('q=a+b%20c%2Bd&%E2%82%AC=%zz&x=%F0%9F'));
show(new URLSearchParams([['a', 1], ['b', null], ['c', undefined]]));
show(new URLSearchParams({ a: 'x', b: [1, 2], c: { toString() { return 'obj'; } } }));
show(new URLSearchParams(new Map([['m', 'v'], ['n', 'w']])));
show(new URLSearchParams(new URLSearchParams('copy=1')));
show(new URLSearchParams());
show(new URLSearchParams(null));
show(new URLSearchParams(12));
show(new URLSearchParams({ 'sp ace': "!'()*-._~ +&=\u00e9" }));
show(new URLSearchParams('a=\ud800'));
for (const bad of [[['a']], [['a', 'b', 'c']], [1], { [Symbol.iterator]: 5 }]) {
  try { new URLSearchParams(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const p = new URLSearchParams('b=2&a=1&c=3&a=0');
p.sort(); show(p);
console.log(p.has('a'), p.has('a', '0'), p.has('a', '7'), p.get('zz'), p.getAll('zz'), p.size);
p.delete('a', '1'); show(p);
p.set('c', 'new'); p.set('d', '4'); show(p);
p.forEach(function (value, key, obj) { console.log(key, value, obj === p, this.t); }, { t: 'this' });
console.log([...p.keys()], [...p.values()], [...p.entries()]);
const it = p.keys();
console.log(it.next(), typeof it[Symbol.iterator], it[Symbol.iterator]() === it, Object.prototype.toString.call(it));
console.log(Object.prototype.toString.call(p), p[Symbol.iterator] === p.entries);
for (const [k, v] of new URLSearchParams('x=1&y=2')) console.log(k, v);
const live = new URLSearchParams('a=1&b=2');
const it2 = live.keys(); it2.next(); live.append('c', '3');
console.log([...it2]);
for (const f of [() => p.append('x'), () => p.get(), () => p.set('x'), () => p.forEach(), () => p.forEach(1),
  () => URLSearchParams.prototype.get.call({}, 'a'), () => URLSearchParams.prototype.toString.call(null)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
const s = new URLSearchParams();
for (let i = 0; i < 3; i++) s.append(`k${i}`, `v${i}`);
console.log(s.toString(), String(s), s + '');
console.log(new URLSearchParams('a=1&a=2&b=3').getAll('a'));
