// Derived constructors: returning objects, undefined, primitives; the this TDZ.
class A { constructor() { this.fromA = true; } }
class ReturnsObject extends A {
  constructor() { super(); return { replaced: true }; }
}
console.log(new ReturnsObject());
class ReturnsUndefined extends A {
  constructor() { super(); return undefined; }
}
console.log(new ReturnsUndefined());
class ReturnsPrimitive extends A {
  constructor() { super(); return 1; }
}
try { new ReturnsPrimitive(); } catch (e) { console.log(e.constructor.name, e.message); }
class NoSuper extends A { constructor() { } }
try { new NoSuper(); } catch (e) { console.log(e.constructor.name, e.message); }
class ThisBeforeSuper extends A { constructor() { this.x = 1; super(); } }
try { new ThisBeforeSuper(); } catch (e) { console.log(e.constructor.name, e.message); }
class SuperTwice extends A { constructor() { super(); super(); } }
try { new SuperTwice(); } catch (e) { console.log(e.constructor.name, e.message); }
class NoSuperButObject extends A { constructor() { return { ok: 1 }; } }
console.log(new NoSuperButObject());
// A base constructor returning an object: the derived this is that object.
class Base2 { constructor(o) { return o; } }
class Stamp extends Base2 { #secret = 42; static read(o) { return o.#secret; } }
const target = {};
new Stamp(target);
console.log(Stamp.read(target), Object.keys(target));
// Calling a class without new.
try { A(); } catch (e) { console.log(e.constructor.name, e.message); }
// new.target
function F() { return new.target === F; }
console.log(new F() instanceof F, F());
class NT { constructor() { this.t = new.target.name; } }
class NT2 extends NT {}
console.log(new NT().t, new NT2().t);
console.log(Reflect.construct(NT, [], NT2).t);
// extends null
class N extends null { constructor() { return Object.create(N.prototype); } }
console.log(Object.getPrototypeOf(N.prototype), new N() instanceof N);
try { class Bad extends 5 {} } catch (e) { console.log(e.constructor.name, e.message); }
