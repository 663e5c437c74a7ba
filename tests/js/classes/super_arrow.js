// super() inside arrow functions of a derived constructor: it binds the
// constructor's this and runs the instance field initialisers.
class A { constructor(x) { this.x = x; } hello() { return 'A.hello'; } }
class B extends A {
  f = this.x * 2;
  #p = 'priv';
  g = () => this.#p + new.target;
  constructor(x) {
    const init = () => super(x);
    console.log('before');
    const r = init();
    console.log('after', r === this, this.x, this.f, this.g());
  }
  p() { return this.#p; }
}
const b = new B(21);
console.log(b, b.p(), b.hello());
class C extends A {
  constructor(twice) {
    const f = () => { super(1); };
    f();
    if (twice) { try { f(); } catch (e) { console.log(e.constructor.name, e.message); } }
    const g = () => () => super.hello();
    console.log(g()());
  }
}
new C(true);
class D extends A {
  constructor() {
    const f = () => this;
    try { f(); } catch (e) { console.log(e.constructor.name); }
    (() => (() => super(5))())();
    console.log(f().x, new.target === D);
  }
}
new D();
class E extends A {
  constructor() { const f = () => super(); }
}
try { new E(); } catch (e) { console.log(e.constructor.name, e.message); }
class F extends A { v = 1; constructor() { [1].forEach(() => super(9)); } }
console.log(new F());
