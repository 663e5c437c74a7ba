// sort: default string order, comparators, stability, undefined and holes last.
console.log([3, 1, 10, 2, 21].sort());
console.log([3, 1, 10, 2, 21].sort(function (a, b) { return a - b; }));
console.log([3, 1, 10, 2, 21].sort((a, b) => b - a));
console.log(["banana", "apple", "Cherry", "date"].sort());
console.log([5, undefined, 1, , 3].sort());
var people = [
  { name: "Ann", age: 30 }, { name: "Bob", age: 25 }, { name: "Cid", age: 30 },
  { name: "Dee", age: 25 }, { name: "Eve", age: 35 }, { name: "Fay", age: 25 }
];
people.sort(function (a, b) { return a.age - b.age; });
console.log(people.map(function (p) { return p.name + p.age; }).join(" "));
var big = [];
for (var i = 0; i < 200; i++) big.push((i * 7919) % 211);
big.sort(function (a, b) { return a - b; });
var ok = true;
for (var j = 1; j < big.length; j++) if (big[j - 1] > big[j]) ok = false;
console.log(ok, big[0], big[199], big.length);
var arr = [3, 2, 1];
console.log(arr.sort() === arr);
console.log([true, false, null, "null", 0].sort());
