// Computed field keys: evaluated once, when the class is defined, in order
// with the computed method keys; the initialisers run per instance.
const log = [];
function k(x) { log.push('key ' + x); return x; }
let i = 0;
class A {
  [k('a')] = (log.push('init a'), ++i);
  [k('m')]() {}
  static [k('s')] = (log.push('init s'), 's');
  [k('b')] = 'b';
  [Symbol.iterator] = 'sym';
  [1 + 1] = 'two';
}
log.push('defined');
const a1 = new A(), a2 = new A();
console.log(log);
console.log(a1.a, a2.a, a1.b, a1[Symbol.iterator], a1[2], A.s);
console.log(Object.keys(a1));

// a key is evaluated with ToPropertyKey at definition time
let n = 0;
const key = { toString() { n++; return 'tk'; } };
class B { [key] = n; }
console.log(n, new B().tk, new B().tk, n);

// a key that throws stops the definition
try {
  class C { [(() => { throw new Error('key threw'); })()] = 1; }
} catch (e) {
  console.log(e.message);
}

// keys in a loop: each class evaluation has its own keys
const made = [];
for (const name of ['x', 'y']) made.push(class { [name] = name.toUpperCase(); });
console.log(new made[0](), new made[1]());

// derived classes initialise computed fields after super()
class D extends A { ['d' + 1] = this.a; }
console.log(new D());
