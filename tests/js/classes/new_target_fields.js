// new.target is undefined in field initialisers (and arrows in them), though
// instance fields are initialised by the constructor's code.
class A {
  a = new.target;
  b = () => new.target;
  c = function () { return new.target; };
  constructor() { this.d = new.target === A; this.e = (() => new.target === A)(); }
}
const x = new A();
console.log(x.a, x.b(), x.c(), new x.c() instanceof x.c, x.d, x.e);
class B extends A { f = new.target; constructor() { super(); this.g = new.target === B; } }
const y = new B();
console.log(y.a, y.f, y.g, y.d);
class S { static s = new.target; static { this.t = new.target; } }
console.log(S.s, S.t);
