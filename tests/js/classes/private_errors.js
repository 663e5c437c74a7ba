// Brand checks: each wrong-receiver access to a private element throws the
// TypeError node throws, as does initialising one twice on the same object.
class A {
  #x = 1; #m() {} get #g() { return 1; } set #s(v) {} static #sx = 2; static #sm() {}
  static t(o, f) { try { f(o); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
  static run() {
    const o = {};
    A.t(o, o => o.#x);
    A.t(o, o => { o.#x = 1; });
    A.t(o, o => o.#m);
    A.t(o, o => o.#m());
    A.t(new A, o => { o.#m = 1; });
    A.t(o, o => { o.#m = 1; });
    A.t(o, o => o.#g);
    A.t(new A, o => { o.#g = 1; });
    A.t(new A, o => o.#s);
    A.t(o, o => { o.#s = 1; });
    A.t(o, o => A.#sx);
    A.t(o, o => o.#sx);
    A.t(o, o => o.#sm());
    A.t(1, o => #x in o);
    A.t(null, o => o.#x);
    A.t(undefined, o => o.#x);
    A.t(1, o => o.#x);
    A.t(o, o => o.#x++);
    A.t(o, o => o.#g++);
  }
}
A.run();
class B { constructor(o) { return o; } }
class C extends B { #f = 1; #m() {} constructor(o) { super(o); } }
const o = {};
new C(o);
try { new C(o); } catch (e) { console.log(e.message); }
class D extends B { #m() {} constructor(o) { super(o); } }
const o2 = {};
new D(o2);
try { new D(o2); } catch (e) { console.log(e.message); }
class E extends B { get #m() {return 1} constructor(o) { super(o); } }
new E(o2);
try { new E(o2); } catch (e) { console.log(e.message); }
console.log(Reflect.ownKeys(new A), new A, JSON.stringify(new A));
