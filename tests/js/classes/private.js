// Private names: #x fields, #m() methods, get/set #a accessors, static
// private members, `#x in o`, nested classes and arrows, optional chains,
// compound and destructuring assignment targets; none is a property.
class Counter {
  #count = 0;
  static #instances = 0;
  #secret = 'hidden';
  constructor() { Counter.#instances++; }
  inc() { return ++this.#count; }
  get count() { return this.#count; }
  #double() { return this.#count * 2; }
  double() { return this.#double(); }
  get #pair() { return [this.#count, this.#secret]; }
  set #pair([a, b]) { this.#count = a; this.#secret = b; }
  setPair(a, b) { this.#pair = [a, b]; return this.#pair; }
  static instances() { return Counter.#instances; }
  static #make() { return new Counter(); }
  static make() { return this.#make(); }
  compound() {
    this.#count += 10; this.#count *= 2; this.#count -= 1;
    this.#count ||= 99; this.#secret &&= this.#secret + '!';
    let x = this.#count--; return [x, this.#count, this.#count++, this.#count];
  }
  destr() {
    [this.#count, this.#secret] = [5, 'five'];
    ({ a: this.#count, b: this.#secret = 'dflt' } = { a: 6 });
    for (this.#count of [7, 8]) {}
    return [this.#count, this.#secret];
  }
  static has(o) { return #count in o; }
  static hasMethod(o) { return #double in o; }
  optional(o) { return [o?.#count, o?.#double()]; }
  arrows() { const f = () => () => this.#count; return f()(); }
  nested() {
    const outer = this;
    class Inner {
      #count = 'inner';
      read(o) { return o.#count; }
      readOuter() { return outer.#secret; }
    }
    const i = new Inner();
    let err;
    try { i.read(outer); } catch (e) { err = e.message; }
    return [i.read(i), i.readOuter(), err];
  }
}
const c = new Counter();
console.log(c.inc(), c.inc(), c.count, c.double(), c.setPair(3, 'x'));
console.log(c.compound());
console.log(c.destr());
console.log(Counter.has(c), Counter.has({}), Counter.hasMethod(c), Counter.hasMethod(Counter));
console.log(c.optional(c), c.optional(null), c.optional(undefined));
console.log(c.arrows(), c.nested());
console.log(Counter.instances(), Counter.make() instanceof Counter, Counter.instances());
console.log(c, Reflect.ownKeys(c), Object.getOwnPropertySymbols(c), JSON.stringify(c), Object.keys(c));
Object.freeze(c);
console.log(c.inc(), Object.isFrozen(c));
// each class evaluation has its own names
const mk = () => class { #v = 1; static get(o) { return o.#v; } };
const K1 = mk(), K2 = mk();
console.log(K1.get(new K1()));
try { K1.get(new K2()); } catch (e) { console.log(e.message); }
// field initialisers see earlier private fields; this in arrows
class F {
  #a = 1;
  #b = this.#a + 1;
  f = () => this.#b;
  static #s = 10;
  static t = F.#s + 1;
  static { this.u = this.#s * 2; }
}
console.log(new F().f(), F.t, F.u);
// private methods are shared, not writable
class M { #m() { return 1; } static same(a, b) { return a.#m === b.#m; } static name2(a) { return a.#m.name; } get #g() { return 1; } static gname(o) { return Object.getOwnPropertyNames(o) } }
console.log(M.same(new M(), new M()), M.name2(new M()));
// derived classes and private fields after super
class Base { constructor() { this.base = true; } }
class Derived extends Base {
  #d = this.base;
  get d() { return this.#d; }
}
console.log(new Derived().d, new Derived());
// return override trick
class Stamper extends class { constructor(o) { return o; } } {
  #stamp = 'stamped';
  static get(o) { return o.#stamp; }
}
const plain = {};
new Stamper(plain);
console.log(Stamper.get(plain), plain, Object.keys(plain));
// anonymous function names in private fields
class N { #fn = function () {}; #ar = () => {}; static names(o) { return [o.#fn.name, o.#ar.name]; } }
console.log(N.names(new N()));
// getter/setter names
class G { get #x() { return 1; } set #x(v) {} static n(o) { return [Object.getOwnPropertyNames(G.prototype)]; } }
console.log(typeof G, G.n());
