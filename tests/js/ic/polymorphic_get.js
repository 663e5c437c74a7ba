// One property-get site sees objects of several shapes (polymorphic inline cache).
function getX(o) { return o.x; }
var shapes = [
  { x: 1 },
  { y: 0, x: 2 },
  { a: 0, b: 0, x: 3 },
  { x: 4, z: 9 },
  { p: 1, q: 2, r: 3, x: 5 },
  { x: "six" }
];
var out = [];
for (var round = 0; round < 3; round++)
  for (var i = 0; i < shapes.length; i++) out.push(getX(shapes[i]));
console.log(out.join(","));
console.log(getX({}), getX([]), getX("str"));
