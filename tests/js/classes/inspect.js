// console.log of classes and instances.
class Foo { constructor() { this.a = 1; } }
class Bar extends Foo { constructor() { super(); this.b = [1, 2]; } }
class Empty {}
console.log(new Foo(), new Bar(), new Empty());
console.log(Foo, Bar, Empty, class {}, class extends Foo {});
console.log([Foo, new Foo()], { k: Bar });
console.log(String(typeof Foo), Foo.prototype, Bar.prototype);
class WithAccessor { get x() { return 1; } }
console.log(new WithAccessor());
