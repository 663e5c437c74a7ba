// Early exit from for-of, destructuring and spread closes the iterator.
function make(name, n) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return i < n ? { value: i++, done: false } : { value: undefined, done: true }; },
    return() { console.log(name + ' closed at ' + i); return {}; },
  };
}
for (const x of make('break', 10)) { if (x === 2) break; }
outer: for (const x of make('labelled', 10)) { for (const y of [1]) { if (x === 1) continue outer; if (x === 3) break outer; } }
try { for (const x of make('throw', 10)) { if (x === 1) throw new Error('t'); } } catch (e) { console.log('caught', e.message); }
(function () { for (const x of make('return', 10)) { if (x === 0) return; } })();
const [a, b] = make('destructure', 10);
console.log(a, b);
const [c, ...rest] = make('rest', 3);
console.log(c, rest);
const [] = make('empty pattern', 3);
// exhausted iterators are not closed
for (const x of make('exhausted', 2)) {}
const [p, q, r, s] = make('short', 2);
console.log(p, q, r, s);
// generators: return() runs finally on break
function* gen() { try { yield 1; yield 2; } finally { console.log('gen finally'); } }
for (const v of gen()) { console.log(v); break; }
// return() throwing during break propagates; during throw it is swallowed
const throwingReturn = () => ({
  [Symbol.iterator]() { return this; },
  next() { return { value: 1, done: false }; },
  return() { throw new Error('from return'); },
});
try { for (const x of throwingReturn()) break; } catch (e) { console.log('break:', e.message); }
try { for (const x of throwingReturn()) throw new Error('body'); } catch (e) { console.log('throw:', e.message); }
// Array.from and Map constructor close on errors
try { new Map(make('map', 5)); } catch (e) { console.log(e.constructor.name); }
