// Function names from computed and symbol keys ("[desc]"), in classes and
// object literals, and the name/length of classes.
const s = Symbol('desc'), e = Symbol();
class A {
  ['comp' + 1]() {}
  [s]() {}
  [e]() {}
  get [s]() { return 1; }
  static ['st']() {}
  static [s] = function () {};
  ['f'] = () => {};
  [2]() {}
}
const d = Object.getOwnPropertyDescriptor(A.prototype, s);
console.log(A.prototype.comp1.name, A.prototype[e].name === '', d.get.name, A.st.name, A[s].name, new A().f.name, A.prototype[2].name);
const o = { ['k' + 1]() {}, [s]: () => {}, get [e]() {}, [Symbol.iterator]: function () {} };
console.log(o.k1.name, o[s].name, JSON.stringify(Object.getOwnPropertyDescriptor(o, e).get.name), o[Symbol.iterator].name);
class B {}
class C { constructor(a, b) {} }
class D extends C {}
const E = class {};
const F = class Named {};
console.log(B.name, B.length, C.length, D.length, E.name, F.name, Object.getOwnPropertyNames(B), Object.getOwnPropertyNames(D));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(B, 'name')), JSON.stringify(Object.getOwnPropertyDescriptor(C, 'length')));
class G { static name = 'custom'; static length = 9; }
console.log(G.name, G.length);
class H { static name() { return 'm'; } }
console.log(typeof H.name);
console.log((class {}).name, JSON.stringify((class {}).name));
