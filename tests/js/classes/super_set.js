// super.x = v, compound and update assignment through super, in class and
// object-literal methods (the home object) and arrows inside them.
class A { constructor() { this.x = 1; } get g() { return 'A.g'; } set s(v) { this._s = 'A.s:' + v; } }
class B extends A {
  m() {
    super.x = 5;              // sets on this (no setter on A.prototype for x)
    super.s = 7;              // calls A's setter with this
    super['y'] = 'dyn';
    super.x += 10;
    super.x++;
    ++super.x;
    super.z ??= 'z';
    return [this.x, this._s, this.y, this.z, Object.keys(this)];
  }
  static sm() { super.q = 1; return Object.keys(this); }
}
console.log(new B().m(), B.sm());
const proto = { greet() { return 'proto'; }, set v(x) { this.seen = x; } };
const obj = {
  __proto__: proto,
  greet() { return 'obj+' + super.greet(); },
  put() { super.v = 42; super.w = 1; return [this.seen, this.w]; },
  arrow() { return (() => super.greet())(); },
};
console.log(obj.greet(), obj.put(), obj.arrow());
'use strict';
class C extends A { m() { Object.freeze(this); try { super.x = 2; } catch (e) { return e.constructor.name; } } }
console.log(new C().m());
