// Class declarations and expressions: constructor, methods, accessors,
// static methods, computed keys, attributes of the members.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get len2() { return this.x * this.x + this.y * this.y; }
  set both(v) { this.x = v; this.y = v; }
  add(o) { return new Point(this.x + o.x, this.y + o.y); }
  static origin() { return new Point(0, 0); }
  ['to' + 'Array']() { return [this.x, this.y]; }
  static get kind() { return 'point'; }
  42() { return 'numeric key'; }
  'quoted key'() { return 'q'; }
}
const p = new Point(3, 4);
console.log(p, p.len2, p.add(new Point(1, 1)), Point.origin(), p.toArray());
p.both = 2;
console.log(p.x, p.y, Point.kind, p[42](), p['quoted key']());
console.log(typeof Point, Point.name, Point.length, Point.prototype.constructor === Point);
console.log(Object.keys(Point.prototype), Object.getOwnPropertyNames(Point.prototype));
console.log(Object.getOwnPropertyNames(Point).sort());
const d = Object.getOwnPropertyDescriptor(Point.prototype, 'add');
console.log(d.writable, d.enumerable, d.configurable);
const g = Object.getOwnPropertyDescriptor(Point.prototype, 'len2');
console.log(typeof g.get, g.set, g.enumerable, g.configurable, g.get.name);
const pd = Object.getOwnPropertyDescriptor(Point, 'prototype');
console.log(pd.writable, pd.enumerable, pd.configurable);
console.log(Point.prototype.add.name, Point.origin.name, 'prototype' in Point.prototype.add);
for (const k in p) console.log('own key', k);

// expressions, named and anonymous
const Anon = class { hi() { return 'hi'; } };
const Named = class Inner { who() { return Inner.name; } };
console.log(Anon.name, new Anon().hi(), Named.name, new Named().who(), typeof Inner);
console.log((class {}).name, (class Z {}).name);
const obj = { K: class {} };
console.log(obj.K.name);

// empty class, default constructor
class Empty {}
console.log(new Empty(), Empty.length, Object.getOwnPropertyNames(Empty.prototype));

// methods see this; class body is strict
class S {
  sloppyThis() { return typeof this; }
  assignUndeclared() { try { undeclared_var = 1; } catch (e) { return e.constructor.name; } return 'no error'; }
}
const m = new S().sloppyThis;
console.log(m(), new S().assignUndeclared());

// a class with the same method defined twice keeps the last one
class Twice { f() { return 1; } f() { return 2; } }
console.log(new Twice().f());

// instances and instanceof
console.log(p instanceof Point, Object.getPrototypeOf(p) === Point.prototype, p.constructor.name);
