// Evaluation order of class elements: computed keys in source order at
// class definition time, field initialisers per instance, base before derived.
const log = [];
const key = (k) => { log.push('key ' + k); return k; };
class Base {
  [key('a')] = log.push('init a');
  static [key('s')] = log.push('static s');
  constructor() { log.push('Base ctor'); }
  [key('m')]() { return 'm'; }
  b = log.push('init b');
  static { log.push('static block'); }
}
class Derived extends (log.push('heritage'), Base) {
  c = log.push('init c (this.a=' + typeof this.a + ')');
  constructor() {
    log.push('Derived before super');
    super();
    log.push('Derived after super');
  }
}
log.push('--- new Derived');
const d = new Derived();
console.log(log.join('\n'));
console.log(Object.keys(d), d.m());
console.log(Object.getOwnPropertyNames(Base.prototype), Object.keys(Base));

// Fields are defined (not assigned): setters on the prototype are not called.
class P { set x(v) { console.log('setter', v); } }
class Q extends P { x = 1; }
const q = new Q();
console.log(Object.getOwnPropertyDescriptor(q, 'x'));
// Arrow functions in initialisers capture the instance.
class Counter { n = 0; inc = () => ++this.n; }
const c = new Counter(); const inc = c.inc; inc(); inc();
console.log(c.n);
// this in static initialisers is the class.
class S { static self = this; static nm = this.name; }
console.log(S.self === S, S.nm);
