// A cycle a <-> b where both have top-level await: b runs first (a is
// evaluating), a waits for b's promise; the cycle's root is a, so c and d
// (which import members of the cycle) wait for the whole component.
import './a.mjs';
import './d.mjs';
console.log('main: done');
