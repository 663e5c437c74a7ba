// Labelled blocks and other labelled non-loop statements with `break label`.
outer: { console.log(1); if (true) break outer; console.log("not reached"); }
a: b: { console.log(3); break a; }
c: b: { console.log(3.5); break b; }
l: if (1) { console.log(4); break l; } else console.log("no");
t: try { break t; } finally { console.log(5); }
s: switch (1) { case 1: x: { break x; } console.log(6); break s; }
function f(n) {
  done: {
    for (let i = 0; i < 10; i++) {
      if (i === n) break done;
    }
    return "loop finished";
  }
  return "broke out at " + n;
}
console.log(f(3), f(20));
blk: {
  try { console.log("try"); break blk; } finally { console.log("finally"); }
}
let count = 0;
loop: for (let i = 0; i < 3; i++) {
  inner: { if (i === 1) break inner; count++; }
}
console.log(count);
