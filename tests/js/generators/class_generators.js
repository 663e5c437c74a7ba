// Generators as class and object methods, infinite sequences, and laziness.
class Tree {
  constructor(value, ...children) { this.value = value; this.children = children; }
  *[Symbol.iterator]() { yield this.value; for (const c of this.children) yield* c; }
  *levels(depth = 0) { yield [depth, this.value]; for (const c of this.children) yield* c.levels(depth + 1); }
  static *range(a, b, step = 1) { for (let i = a; i < b; i += step) yield i; }
}
const tree = new Tree(1, new Tree(2, new Tree(4)), new Tree(3));
console.log([...tree], [...tree.levels()].map(([d, v]) => `${'-'.repeat(d)}${v}`).join(' '));
console.log([...Tree.range(0, 10, 3)], Math.max(...Tree.range(1, 4)));
function* naturals() { let n = 0; while (true) yield n++; }
function* take(it, n) { for (const x of it) { if (n-- <= 0) return; yield x; } }
function* map(it, f) { for (const x of it) yield f(x); }
function* filter(it, p) { for (const x of it) if (p(x)) yield x; }
console.log([...take(filter(map(naturals(), (x) => x * x), (x) => x % 2), 5)]);
const obj = { *pairs() { yield* Object.entries({ a: 1, b: 2 }); }, async *never() {} };
console.log([...obj.pairs()], typeof obj.never().next);
// generator state and this
const counter = { n: 10, *count() { while (this.n > 7) yield this.n--; } };
console.log([...counter.count()], counter.n);
// arguments and default params inside generators
function* args(a, b = a * 2) { yield arguments.length; yield a + b; }
console.log([...args(3)], [...args(3, 4)]);
// a generator function's prototype chain
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
console.log(GeneratorFunction.name, naturals instanceof GeneratorFunction, Object.getPrototypeOf(naturals()) === naturals.prototype);
