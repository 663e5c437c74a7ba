// Well-known symbols drive the operators and builtins.
const money = {
  amount: 42,
  [Symbol.toPrimitive](hint) { return hint === 'number' ? this.amount : hint === 'string' ? `$${this.amount}` : 'default'; },
};
console.log(+money, `${money}`, money + '', money * 2);
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
class Tagged { get [Symbol.toStringTag]() { return 'Tagged!'; } }
console.log(Object.prototype.toString.call(new Tagged()), String(new Tagged()));
const spreadable = { length: 2, 0: 'x', 1: 'y', [Symbol.isConcatSpreadable]: true };
console.log([1].concat(spreadable, [2]));
const notSpread = [3, 4]; notSpread[Symbol.isConcatSpreadable] = false;
console.log([1].concat(notSpread).length);
class MyArr extends Array { static get [Symbol.species]() { return Array; } }
const ma = MyArr.from([1, 2, 3]);
console.log(ma instanceof MyArr, ma.map((x) => x).constructor.name, ma.filter(Boolean) instanceof MyArr);
const range = { from: 1, to: 4, *[Symbol.iterator]() { for (let i = this.from; i <= this.to; i++) yield i; } };
console.log([...range], Array.from(range, (x) => x * x), Math.max(...range));
const matcher = { [Symbol.match](s) { return s.length > 3 ? ['long'] : null; } };
console.log('hello'.match(matcher), 'hi'.match(matcher));
const replacer = { [Symbol.replace](s, r) { return s.split('').join(r); } };
console.log('abc'.replace(replacer, '-'));
const splitter = { [Symbol.split](s) { return [s.slice(0, 1), s.slice(1)]; } };
console.log('xyz'.split(splitter));
const unscop = { a: 'obj', [Symbol.unscopables]: { a: true } };
// Symbol registry and descriptions
console.log(Symbol.for('app') === Symbol.for('app'), Symbol.keyFor(Symbol.for('app')), Symbol('d').description);
console.log(Symbol.iterator.toString(), typeof Symbol.asyncIterator);
try { Symbol() + ''; } catch (e) { console.log(e.constructor.name, e.message); }
const o = { [Symbol('hidden')]: 1, shown: 2 };
console.log(Object.keys(o), Object.getOwnPropertySymbols(o).length, JSON.stringify(o), o);
