// A cached prototype lookup must notice when the prototype or the object changes.
var proto = { m: function () { return "proto"; }, v: 1 };
var o = Object.create(proto);
function call(x) { return x.m() + ":" + x.v; }
console.log(call(o));
console.log(call(o));
o.m = function () { return "own"; };
console.log(call(o));
delete o.m;
console.log(call(o));
proto.v = 2;
console.log(call(o));
proto.m = function () { return "replaced"; };
console.log(call(o));
var proto2 = { m: function () { return "proto2"; }, v: 3 };
Object.setPrototypeOf(o, proto2);
console.log(call(o));
var results = [];
for (var i = 0; i < 10; i++) {
  if (i === 5) proto2.v = 99;
  results.push(call(o));
}
console.log(results.join(" "));
