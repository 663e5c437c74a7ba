// Labels, break/continue targets, and completion values through eval.
outer: for (let i = 0; i < 3; i++) {
  inner: for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log('i', i, 'j', j);
  }
}
block: { console.log('in block'); if (true) break block; console.log('not reached'); }
let n = 0;
loop: do { n++; if (n < 3) continue loop; break; } while (true);
console.log('n', n);
sw: switch (1) { case 1: for (;;) { break sw; } case 2: console.log('fallthrough not reached'); }
// labelled try/finally interplay
function f() {
  lbl: try { break lbl; } finally { console.log('finally runs on break'); }
  try { return 'try'; } finally { console.log('finally before return'); }
}
console.log(f());
function g() { for (const x of [1, 2]) { try { continue; } finally { console.log('finally on continue', x); } } return 'g done'; }
console.log(g());
// completion values
console.log(eval('1; if (true) { 2; }'), eval('3; do { 4; break; } while (false)'), eval('let x = 5; x * 2'));
console.log(eval('switch (2) { case 1: "one"; case 2: "two"; case 3: "three"; break; }'));
console.log(eval('try { "t" } finally { "f" }'), eval('L: { "in"; break L; }'), eval('for (var i = 0; i < 2; i++) i;'));
