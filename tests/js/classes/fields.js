// Public instance fields: initialised in order before a base constructor's
// body and right after super() in a derived one.
let counter = 0;
class A {
  x = 1;
  y = this.x + 1;
  z;
  'str key' = 's';
  42 = 'num';
  id = ++counter;
  fn = function () {};
  arrow = () => this.x;
  constructor(x) { console.log('ctor sees', this.x, this.y); if (x) this.x = x; }
}
const a = new A(10);
console.log(a, a.fn.name, a.arrow(), Object.keys(a));
console.log(new A().id, new A().id);

class B extends A {
  b = this.x * 100;
  constructor() {
    console.log('before super');
    super(3);
    console.log('after super', this.b);
  }
}
console.log(new B());

class C extends A { c = 'c'; }
console.log(new C(7));

// an initialiser sees the class scope, not the constructor's parameters
const v = 'outer';
class D {
  f = v;
  constructor(v) { this.g = v; }
}
console.log(new D('param'));

// fields are own enumerable writable properties
const d = Object.getOwnPropertyDescriptor(new A(), 'x');
console.log(d.writable, d.enumerable, d.configurable);

// a field that throws
class E { boom = (() => { throw new Error('field threw'); })(); }
try { new E(); } catch (e) { console.log(e.message); }

// fields and super property access
class P { greet() { return 'P'; } }
class Q extends P { g = super.greet() + 'Q'; }
console.log(new Q().g);
