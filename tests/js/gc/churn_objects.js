// Many short-lived objects while long-lived ones must survive collections.
var keep = [];
for (var i = 0; i < 1000; i++) keep.push({ id: i, name: "obj" + i, data: [i, i * 2] });
var garbageSum = 0;
for (var round = 0; round < 200; round++) {
  var tmp = [];
  for (var j = 0; j < 1000; j++) tmp.push({ v: j, s: "tmp" + j });
  garbageSum += tmp.length;
}
var ok = true;
for (var k = 0; k < keep.length; k++) {
  var o = keep[k];
  if (o.id !== k || o.name !== "obj" + k || o.data[1] !== k * 2) ok = false;
}
console.log(ok, garbageSum, keep[999]);
