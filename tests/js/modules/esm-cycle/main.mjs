// Evaluation order is a depth-first post-order over the import graph; in a
// cycle, hoisted functions work before their module ran, let/const/class
// bindings throw a TDZ ReferenceError.
import './a.mjs';
import { fromB, bLate } from './b.mjs';
import { counter, bump } from './counter.mjs';
console.log('main runs', fromB(), bLate);
console.log(counter);
bump(); bump();
console.log(counter);
