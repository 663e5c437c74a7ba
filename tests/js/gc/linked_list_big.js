// A long linked list reachable only from one local survives heavy allocation.
var head = null;
for (var i = 0; i < 200000; i++) head = { v: i, next: head };
var junk = 0;
for (var r = 0; r < 300000; r++) { var t = { a: r, b: [r, r], c: "s" + (r % 100) }; junk += t.b.length; }
var n = 0, sum = 0;
for (var p = head; p; p = p.next) { n++; sum += p.v; }
console.log(n, sum, junk);
