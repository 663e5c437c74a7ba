// Per-iteration bindings of let/const in loops, captured by closures.
const fs = [];
for (let i = 0; i < 3; i++) fs.push(() => i);
console.log(fs.map((f) => f()));
const gs = [];
for (let i = 0; i < 3; i++) { gs.push(() => i); i += 0; }
console.log(gs.map((f) => f()));
const hs = [];
const os = [];
for (const k in { a: 1, b: 2 }) os.push(() => k);
for (const v of ['x', 'y']) os.push(() => v);
console.log(os.map((f) => f()));
var vs = [];
for (var j = 0; j < 3; j++) vs.push(() => j);
console.log(vs.map((f) => f()));
// closures in while loops with block-scoped variables
const ws = []; let n = 0;
while (n < 3) { const m = n * 10; ws.push(() => m); n++; }
console.log(ws.map((f) => f()));
// TDZ in loop heads
try { for (let z = z; ;) break; } catch (e) { console.log(e.constructor.name, e.message); }
try { for (const q of [q]) ; } catch (e) { console.log(e.constructor.name, e.message); }
try { let t = (() => t)(); } catch (e) { console.log(e.constructor.name, e.message); }
// switch cases share one block scope
switch (1) { case 0: let s = 'zero'; case 1: try { s; } catch (e) { console.log('switch TDZ', e.constructor.name); } }
// labelled continue in nested loops with closures
const pairs = [];
outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j > i) continue outer; pairs.push(() => `${i}${j}`); } }
console.log(pairs.map((f) => f()).join(' '));
// function declarations in blocks (sloppy annex B)
{ function inBlock() { return 'block fn'; } }
console.log(typeof inBlock, inBlock());
