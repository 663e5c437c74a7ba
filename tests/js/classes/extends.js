// extends, super(...), super.x, new.target, derived constructors.
class Animal {
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  get kind() { return 'animal'; }
  static create(n) { return new this(n); }
  static describe() { return 'Animal class'; }
}
class Dog extends Animal {
  constructor(name, breed) { super(name); this.breed = breed; }
  speak() { return super.speak() + ' (woof)'; }
  get kind() { return 'dog, ' + super.kind; }
  static describe() { return super.describe() + ' > Dog'; }
}
const d = new Dog('Rex', 'lab');
console.log(d, d.speak(), d.kind, Dog.describe());
console.log(d instanceof Dog, d instanceof Animal, Object.getPrototypeOf(Dog) === Animal);
console.log(Dog.create('Pup'), Dog.create('Pup') instanceof Dog);

// default derived constructor forwards all arguments
class Puppy extends Dog {}
console.log(new Puppy('Bit', 'pug'), Puppy.length, Puppy.name);

// new.target
class Base {
  constructor() { this.target = new.target.name; }
}
class Derived extends Base {}
console.log(new Base().target, new Derived().target);
function plain() { return new.target === undefined; }
console.log(plain());

// this before super
class Early extends Base {
  constructor() {
    try { this.x = 1; } catch (e) { console.log(e.constructor.name, e.message); }
    super();
  }
}
console.log(new Early());
class Twice extends Base {
  constructor() { super(); try { super(); } catch (e) { console.log(e.constructor.name, e.message); } }
}
new Twice();
class NoSuper extends Base { constructor() {} }
try { new NoSuper(); } catch (e) { console.log(e.constructor.name, e.message); }

// return values of derived constructors
class RetObj extends Base { constructor() { super(); return { replaced: true }; } }
console.log(new RetObj());
class RetObjNoSuper extends Base { constructor() { return [1, 2]; } }
console.log(new RetObjNoSuper());
class RetPrim extends Base { constructor() { super(); return 1; } }
try { new RetPrim(); } catch (e) { console.log(e.constructor.name, e.message); }
class RetUndef extends Base { constructor() { super(); return undefined; } }
console.log(new RetUndef());

// super with spread arguments
class Sum { constructor(...xs) { this.total = xs.reduce((a, b) => a + b, 0); } }
class Sum2 extends Sum { constructor(...xs) { super(...xs, 100); } }
console.log(new Sum2(1, 2, 3).total);

// arrows inside methods see the method's super and this
class Arrow extends Animal {
  speak() { const f = () => () => super.speak(); return f()(); }
  constructor(n) { super(n); const g = () => this.name; this.got = g(); }
}
console.log(new Arrow('Ann').speak(), new Arrow('Bo').got);

// super[computed]
class Comp extends Animal { m() { const k = 'spe' + 'ak'; return super[k](); } }
console.log(new Comp('Cy').m());

// super in object literal methods
const proto = { greet() { return 'proto greet'; } };
const objm = { greet() { return 'obj > ' + super.greet(); } };
Object.setPrototypeOf(objm, proto);
console.log(objm.greet());
