// Private methods, accessors and static privates; brand checks and `#x in o`.
class Counter {
  #count = 0;
  static #instances = 0;
  constructor() { Counter.#instances++; }
  #bump(by) { this.#count += by; return this; }
  get #doubled() { return this.#count * 2; }
  set #value(v) { this.#count = v; }
  inc() { return this.#bump(1); }
  reset(v) { this.#value = v; return this; }
  get doubled() { return this.#doubled; }
  static count() { return Counter.#instances; }
  static isCounter(o) { return #count in o; }
  static peek(o) { return o.#count; }
}
const c = new Counter().inc().inc();
console.log(c.doubled, Counter.count(), Counter.isCounter(c), Counter.isCounter({}), Counter.peek(c.reset(10)));
try { Counter.peek({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { Counter.prototype.inc.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
class Sub extends Counter { #own = 'sub'; own() { return this.#own; } }
const s = new Sub();
console.log(Counter.isCounter(s), s.own(), Counter.count(), Object.keys(s), JSON.stringify(s));
// private names are per class evaluation
function makeClass() { return class { #v = 1; static has(o) { return #v in o; } }; }
const A = makeClass(), B = makeClass();
console.log(A.has(new A()), A.has(new B()), B.has(new B()));
// private static methods and `this` in static blocks
class Config {
  static #defaults = { debug: false };
  static #merge(o) { return { ...Config.#defaults, ...o }; }
  static settings;
  static { this.settings = Config.#merge({ verbose: true }); }
}
console.log(Config.settings);
try { class X { #a; static f(o) { o.#a = 1; } } X.f(Object.freeze({})); } catch (e) { console.log(e.constructor.name, e.message); }
