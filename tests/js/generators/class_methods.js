// generator methods in classes, static and computed, with super
class Base { *items() { yield 'base'; } }
class List extends Base {
  constructor(...xs) { super(); this.xs = xs; }
  *items() { yield* super.items(); for (const x of this.xs) yield x; }
  *[Symbol.iterator]() { yield* this.items(); }
  static *range(n) { for (let i = 0; i < n; i++) yield i; }
}
const l = new List(1, 2);
console.log([...l.items()], [...l], [...List.range(3)]);
