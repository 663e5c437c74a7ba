// generator methods in object literals
const o = {
  *items() { yield* this.list; },
  list: ['x', 'y'],
  *['comp' + 'uted'](n) { for (let i = 0; i < n; i++) yield i * 2; },
  [Symbol.iterator]: function* () { yield 'iter'; },
};
console.log([...o.items()], [...o.computed(3)], [...o]);
console.log(o.items.name, typeof o.items.prototype);
try { new o.items(); } catch (e) { console.log(e instanceof TypeError); }
