// push, pop, shift, unshift.
var a = [];
console.log(a.push(1), a.push(2, 3), a);
console.log(a.pop(), a);
console.log(a.unshift(0), a.unshift(-2, -1), a);
console.log(a.shift(), a);
console.log([].pop(), [].shift());
var q = [];
for (var i = 0; i < 10; i++) q.push(i);
var out = [];
while (q.length) out.push(q.shift());
console.log(out.join(""));
var s = [];
for (var j = 0; j < 5; j++) s.push(j * j);
var popped = [];
while (s.length > 0) popped.push(s.pop());
console.log(popped);
