// Every compound assignment operator, on locals and properties.
var x = 10;
x += 5; console.log(x);
x -= 3; console.log(x);
x *= 2; console.log(x);
x /= 4; console.log(x);
x %= 4; console.log(x);
x **= 3; console.log(x);
var o = { v: 1, s: "a" };
o.v += 41; o.s += "b"; o["s"] += 1;
console.log(o);
var arr = [1, 2, 3];
for (var i = 0; i < arr.length; i++) arr[i] *= arr[i];
console.log(arr);
var calls = 0;
function key() { calls++; return "v"; }
o[key()] += 1;
console.log(o.v, calls);
var a = null;
a ||= 5; console.log(a);
a &&= 7; console.log(a);
var b;
b ??= "dflt"; console.log(b);
b ??= "other"; console.log(b);
var c = 0;
c ||= 9; console.log(c);
