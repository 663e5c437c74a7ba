// Static fields and static blocks: they run after the class binding is
// initialised, in source order, with this = the constructor; every computed
// key (of methods and fields) is evaluated before any of them.
const log = [];
function k(x) { log.push('key ' + x); return x; }
class A {
  static a = (log.push('a'), 1);
  [k('m')]() { return 1; }
  static { log.push('block1 ' + this.a + ' ' + (this === A)); this.c = 3; }
  static [k('b')] = this.a + 1;
  static none;
  static f = function () {};
  static g = class {};
  static arrow = () => this;
  static {
    var x = 10;
    log.push('block2 ' + x + ' ' + A.b);
  }
  static { log.push('block3 ' + typeof x); }
  static 'quoted key' = 'q';
  static 7 = 'seven';
}
console.log(log);
console.log(A.a, A.b, A.c, A.none, A.f.name, A.g.name, A.arrow() === A, A['quoted key'], A[7]);
console.log(Object.keys(A));
const d = Object.getOwnPropertyDescriptor(A, 'a');
console.log(d.writable, d.enumerable, d.configurable);

// super.x and new.target in static code
class B extends A {
  static x = super.a + 100;
  static { console.log('B block', super.b, this.x, new.target); }
}
console.log(B.x, B.a, Object.keys(B));

// a class expression with static members, and a name from the binding
const C = class {
  static self = this;
  static n = this.name;
};
console.log(C.self === C, C.n);

// a throwing static initialiser stops the class definition
let D;
try {
  D = class { static ok = 1; static bad = (() => { throw new Error('static threw'); })(); };
} catch (e) {
  console.log(e.message, D);
}
try {
  class E { static { throw new TypeError('block threw'); } }
} catch (e) {
  console.log(e.name, e.message);
}

// static blocks: their own var scope, closures, `this` and return-free code
let get;
class F {
  static count = 0;
  static {
    let hidden = 'secret';
    get = () => hidden + ' ' + this.count;
    this.count++;
  }
  static { this.count += 10; }
}
console.log(get(), F.count);

// a static field named like a method overrides it in order
class G {
  static m() { return 'method'; }
  static m = 'field';
}
console.log(G.m);
