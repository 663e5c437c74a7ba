// super in object literal methods, getters, and through setPrototypeOf.
const base = {
  greet() { return 'base:' + this.name; },
  get kind() { return 'base-kind'; },
  set v(x) { this._v = 'base-set-' + x; },
};
const obj = {
  __proto__: base,
  name: 'obj',
  greet() { return 'obj>' + super.greet(); },
  get kind() { return 'obj/' + super.kind; },
  set v(x) { super.v = x + '!'; },
  ['comp' + 'uted']() { return super.greet.call({ name: 'other' }); },
};
console.log(obj.greet(), obj.kind, obj.computed());
obj.v = 3;
console.log(obj._v, Object.keys(obj));
// super is bound to the home object, not the receiver.
const other = { __proto__: { greet() { return 'other-proto'; } }, greet: obj.greet, name: 'x' };
console.log(other.greet());
// Changing the home object's prototype changes super lookups.
Object.setPrototypeOf(obj, { greet() { return 'new-proto:' + this.name; } });
console.log(obj.greet());
// super.x = v on a class writes to this.
class A { }
class B extends A {
  set() { super.field = 10; return this.field; }
  static sm() { return super.toString === Function.prototype.toString; }
}
console.log(new B().set(), B.sm());
// super property in arrow functions inside methods
class C extends A {
  m() { return [1, 2].map(() => super.constructor.name); }
}
console.log(new C().m());
