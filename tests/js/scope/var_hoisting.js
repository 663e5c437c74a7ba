// var declarations are hoisted to the function top and start as undefined.
console.log(x);
var x = 5;
console.log(x);
function f() {
  console.log(y);
  if (false) { var y = 1; }
  console.log(y);
  for (var i = 0; i < 3; i++) {}
  console.log(i);
  return typeof z;
  var z;
}
console.log(f());
var x;
console.log(x);
