// Extending builtins and null.
class MyError extends Error {
  constructor(msg) { super(msg); this.name = 'MyError'; }
}
const e = new MyError('boom');
console.log(e instanceof MyError, e instanceof Error, e.message, e.name, String(e));
try { throw new MyError('thrown'); } catch (x) { console.log(x.name, x.message); }

class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), Array.isArray(s), s instanceof Stack);

class Counter extends Map {
  inc(k) { this.set(k, (this.get(k) || 0) + 1); return this; }
}
const c = new Counter();
c.inc('a').inc('a').inc('b');
console.log(c.get('a'), c.get('b'), c.size, c instanceof Map);

class NullBase extends null {}
console.log(Object.getPrototypeOf(NullBase.prototype), typeof NullBase);
try { new NullBase(); } catch (x) { console.log(x.constructor.name); }

try { class Bad extends 42 {} } catch (x) { console.log(x.constructor.name, x.message); }
function F() {}
F.prototype = 3;
try { class Bad2 extends F {} } catch (x) { console.log(x.constructor.name); }

function OldStyle(v) { this.v = v; }
OldStyle.prototype.get = function () { return this.v; };
class NewStyle extends OldStyle { get() { return 'new ' + super.get(); } }
console.log(new NewStyle(5).get(), new NewStyle(5));
