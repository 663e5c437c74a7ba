// Subclasses of builtins get the builtin's internal slots.
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), Array.isArray(s), s instanceof Stack);
const m = s.map((x) => x * 2);
console.log(m instanceof Stack, m.peek(), m.length);
s.length = 1;
console.log(s, s.length);
console.log(Stack.from([7, 8]).peek(), Stack.of(9).peek());

class HttpError extends Error {
  constructor(status, msg, opts) { super(msg, opts); this.status = status; }
  get name() { return 'HttpError'; }
}
const e = new HttpError(404, 'not found', { cause: 'missing' });
console.log(e instanceof Error, e.message, e.status, e.cause, String(e));
console.log(Object.prototype.toString.call(e));

class DefaultMap extends Map {
  constructor(def, entries) { super(entries); this.def = def; }
  get(k) { return this.has(k) ? super.get(k) : this.def(); }
}
const dm = new DefaultMap(() => 0, [['a', 1]]);
console.log(dm.get('a'), dm.get('zz'), dm.size, dm instanceof Map);

class TrackedSet extends Set {
  add(v) { console.log('add', v); return super.add(v); }
}
const ts = new TrackedSet([1, 2, 2]);
console.log(ts.size);

class MyPromise extends Promise {}
const p = MyPromise.resolve(5);
console.log(p instanceof MyPromise, p.then(() => {}) instanceof MyPromise);
p.then((v) => console.log('resolved', v));

class Bytes extends Uint8Array {
  sum() { return this.reduce((a, b) => a + b, 0); }
}
const b = new Bytes([1, 2, 300]);
console.log(b.length, b.sum(), b.subarray(1) instanceof Bytes);

class RE extends RegExp {
  exec(s) { const r = super.exec(s); if (r) r.extra = true; return r; }
}
console.log('abc'.match(new RE('b')).extra);
class Str extends String { shout() { return this.toUpperCase() + '!'; } }
console.log(new Str('hi').shout(), new Str('hi').length);
