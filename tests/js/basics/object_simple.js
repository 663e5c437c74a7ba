// Creating an object, reading and writing its properties.
var p = { x: 1, y: 2 };
p.x = 10;
p.z = p.x + p.y;
console.log(p.x, p.y, p.z);
console.log(p);
