// yield* forwards next/throw/return to any iterator and reads its result.
const log = [];
const inner = {
  [Symbol.iterator]() { return this; },
  i: 0,
  next(v) { log.push('next ' + v); return { value: this.i++, done: this.i > 3 }; },
  throw(e) { log.push('throw ' + e); return { value: 'thrown-handled', done: false }; },
  return(v) { log.push('return ' + v); return { value: 'ret:' + v, done: true }; },
};
function* outer() {
  const r = yield* inner;
  log.push('yield* result ' + r);
  return 'end';
}
let it = outer();
console.log(it.next('a'), it.next('b'), it.throw('E'), it.return('R'));
console.log(log.join('; '));
// inner without throw(): yield* closes it and throws TypeError
const noThrow = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 1, done: false }; },
  return() { console.log('closed'); return {}; },
};
function* d2() { yield* noThrow; }
it = d2(); it.next();
try { it.throw('x'); } catch (e) { console.log(e.constructor.name, e.message); }
// delegating to generators, strings and arrays
function* letters() { yield* 'ab'; yield* ['c', 'd']; return yield* (function* () { yield 'e'; return 'ret'; })(); }
console.log([...letters()]);
const lt = letters(); let r; while (!(r = lt.next()).done); console.log(r);
// next value forwarding through nested delegation
function* echo() { let x; while (true) x = yield x; }
function* wrap() { yield* echo(); }
it = wrap(); it.next();
console.log(it.next(1).value, it.next('two').value);
// non-object iterator result
const bad = { [Symbol.iterator]() { return { next() { return 5; } }; } };
try { [...(function* () { yield* bad; })()]; } catch (e) { console.log(e.constructor.name, e.message); }
