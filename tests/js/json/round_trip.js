// stringify then parse gives back an equal structure.
var original = {
  id: 12345, name: "Widget \"Pro\"", price: 19.99, tags: ["a", "b\nc"],
  dims: { w: 1.5, h: 2, d: 0.25 }, active: true, parent: null,
  history: [{ at: 1, v: -0.5 }, { at: 2, v: 1e-7 }]
};
var text = JSON.stringify(original);
console.log(text);
var back = JSON.parse(text);
console.log(JSON.stringify(back) === text);
console.log(back.tags[1], back.history[1].v, back.dims.d);
var pretty = JSON.stringify(back, null, 2);
console.log(JSON.stringify(JSON.parse(pretty)) === text);
var arr = [];
for (var i = 0; i < 5; i++) arr.push({ i: i, sq: i * i, s: String(i) });
console.log(JSON.parse(JSON.stringify(arr)).map(function (x) { return x.sq; }));
