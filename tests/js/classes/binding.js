// Class bindings: the outer binding is let-like (TDZ), the inner one is
// const-like and survives reassignment of the outer one.
try { new Early(); } catch (e) { console.log(e.constructor.name, e.message); }
class Early {}
console.log(typeof Early);

class C {
  static self() { return C; }
  rename() { try { C = 1; } catch (e) { return e.constructor.name + ': ' + e.message; } }
}
const Orig = C;
console.log(new C().rename());
C = 'replaced';
console.log(Orig.self() === Orig, C);

let Expr = class Self { static get() { return Self; } };
const saved = Expr;
Expr = null;
console.log(saved.get() === saved);

try {
  class Bad extends (console.log('heritage runs'), Bad) {}
} catch (e) { console.log(e.constructor.name, e.message); }

// calling a class without new
class NoCall { constructor() { this.v = 1; } }
try { NoCall(); } catch (e) { console.log(e.constructor.name, e.message); }
try { NoCall.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
const f = NoCall;
try { f(); } catch (e) { console.log(e.constructor.name, e.message); }

// block-scoped
{
  class Local { v() { return 'local'; } }
  console.log(new Local().v());
}
console.log(typeof Local);

// closures over classes
function make(n) {
  return class { get n() { return n; } };
}
const A = make(1), B = make(2);
console.log(new A().n, new B().n, A === B);
