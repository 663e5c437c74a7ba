// When the single-line form of an object or array exceeds the width, node breaks it.
var people = [];
for (var i = 0; i < 4; i++) people.push({ name: "person" + i, age: 20 + i, city: "Somewhere" });
console.log(people);
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "dddd" });
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "ddddddddddd" });
console.log(["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbb", "cccccccccccccccccccc", "ddddddddd"]);
console.log({ nested: { alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", d: 1 } });
var wide = {};
for (var j = 0; j < 12; j++) wide["key" + j] = j;
console.log(wide);
console.log({ list: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], name: "with a long array inside" });
