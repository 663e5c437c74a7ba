// Map, Set and RegExp.
const m = new Map([["a", 1], ["b", 2]]);
m.set({}, "obj");
const s = new Set([1, 2, 2, 3]);
console.log(m, s, m.size, s.has(2));
const re = /(\d+)-(\d+)/g;
console.log("10-20 30-40".replace(re, "$2-$1"), "a1b22c333".match(/\d+/g));
console.log(/^[\w.]+@\w+\.\w+$/.test("me@example.com"));
