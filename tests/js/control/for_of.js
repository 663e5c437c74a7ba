// for-of over arrays and strings.
var total = 0;
for (var v of [1, 2, 3, 4]) total += v;
console.log(total);
var chars = [];
for (var ch of "héllo") chars.push(ch);
console.log(chars);
var pairs = [];
for (let p of "😀a") pairs.push(p.length);
console.log(pairs);
for (const x of []) console.log("never");
var holes = [];
for (var h of [1, , 3]) holes.push(h);
console.log(holes);
var arr = [1, 2, 3];
var seen = [];
for (var a of arr) { seen.push(a); if (a === 1) arr.push(4); }
console.log(seen);
outer: for (var row of [[1, 2], [3, 4], [5, 6]]) {
  for (var cell of row) { if (cell === 4) continue outer; if (cell === 6) break outer; console.log(cell); }
}
