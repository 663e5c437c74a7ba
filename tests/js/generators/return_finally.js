// return() and throw() into generators run finally blocks; yield inside finally.
function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('cleanup');
    yield 'from-finally';
    console.log('after finally yield');
  }
  yield 'unreachable';
}
let it = g();
console.log(it.next());
console.log(it.return(42));
console.log(it.next());
console.log(it.next());
// return before start: the body never runs
it = g();
console.log(it.return('early'), it.next());
// throw before start
it = g();
try { it.throw(new Error('boom')); } catch (e) { console.log('caught', e.message); }
console.log(it.next());
// throw caught inside
function* h() {
  while (true) {
    try { yield 'waiting'; } catch (e) { console.log('inner caught', e); }
  }
}
it = h();
it.next();
console.log(it.throw('x1'), it.throw('x2'));
console.log(it.return('done'));
// finally overriding the return value
function* k() { try { yield 1; } finally { return 'override'; } }
it = k(); it.next();
console.log(it.return('orig'));
// a generator running re-entrantly throws
function* re() { it2.next(); yield 1; }
const it2 = re();
try { it2.next(); } catch (e) { console.log(e.constructor.name, e.message); }
// generator object prototype chain
function* proto() {}
console.log(Object.getPrototypeOf(proto()) === proto.prototype,
  typeof proto.prototype.next, Object.prototype.toString.call(proto()));
