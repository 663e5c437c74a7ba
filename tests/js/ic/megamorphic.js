// A site that sees more shapes than the cache holds still returns the right values.
function get(o) { return o.v; }
var objs = [];
for (var i = 0; i < 20; i++) {
  var o = {};
  o["k" + i] = i;
  o.v = i * 10;
  objs.push(o);
}
var sum = 0;
for (var r = 0; r < 50; r++) for (var j = 0; j < objs.length; j++) sum += get(objs[j]);
console.log(sum);
function set(o, val) { o.v = val; }
for (var m = 0; m < objs.length; m++) set(objs[m], m);
console.log(objs.map(get).join(" "));
