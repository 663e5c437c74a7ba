// return() and throw(), with try/catch/finally inside the generator
function* g() {
  try { yield 1; yield 2; } finally { console.log('finally'); }
  yield 3;
}
let it = g();
console.log(it.next());
console.log(it.return(42));
console.log(it.next());
it = g();
console.log(it.return(7), it.next());
function* c() {
  while (true) {
    try { yield 'ready'; } catch (e) { console.log('caught', e); }
  }
}
it = c();
it.next();
console.log(it.throw('boom'));
console.log(it.throw('again'));
function* f2() { try { yield 1; } finally { yield 'in finally'; console.log('after'); } }
it = f2();
it.next();
console.log(it.return('r'));
console.log(it.next());
console.log(it.next());
function* thrower() { yield 1; throw new Error('inside'); }
it = thrower();
it.next();
try { it.next(); } catch (e) { console.log(e.message); }
console.log(it.next());
it = g();
try { it.throw(new Error('early')); } catch (e) { console.log(e.message); }
console.log(it.next());
function* self() { yield it2.next(); }
const it2 = self();
try { it2.next(); } catch (e) { console.log(e.constructor.name, e.message); }
