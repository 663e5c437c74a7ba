// Closures and their environments stay alive while only functions reference them.
function make(i) {
  var data = { i: i, label: "closure " + i, arr: [i, i + 1, i + 2] };
  return function () { return data.label + ":" + (data.arr[0] + data.arr[2]); };
}
var fns = [];
for (var i = 0; i < 10000; i++) fns.push(make(i));
for (var r = 0; r < 200000; r++) { var g = { r: r, s: [r] }; }
console.log(fns[0](), fns[5000](), fns[9999]());
var ok = true;
for (var k = 0; k < fns.length; k++) if (fns[k]() !== "closure " + k + ":" + (2 * k + 2)) ok = false;
console.log(ok);
