// Variables whose type changes over time: int -> double -> string -> object.
var v = 1;
v = v + 1;
console.log(v, typeof v);
v = v / 4;
console.log(v, typeof v);
v = v + "!";
console.log(v, typeof v);
v = { v: v };
console.log(v, typeof v);
v = null;
console.log(v, typeof v);
function loop() {
  var x = 0;
  for (var i = 0; i < 10; i++) {
    if (i === 5) x = "five:" + x;
    else if (typeof x === "number") x += i;
    else x += i;
  }
  return x;
}
console.log(loop());
var arr = [1, 2, 3];
arr[1] = 2.5;
arr[2] = "three";
arr.push({ four: 4 });
console.log(arr, arr[0] + arr[1]);
var counter = 2147483640;
for (var k = 0; k < 20; k++) counter += 1;
console.log(counter, counter | 0);
