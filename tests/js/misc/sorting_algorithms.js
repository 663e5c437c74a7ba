// Hand-written sorts agree with Array.prototype.sort.
function bubble(a) { a = a.slice(); for (var i = 0; i < a.length; i++) for (var j = 0; j < a.length - 1 - i; j++) if (a[j] > a[j + 1]) { var t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; } return a; }
function quick(a) {
  if (a.length < 2) return a;
  var p = a[0], l = [], r = [];
  for (var i = 1; i < a.length; i++) (a[i] < p ? l : r).push(a[i]);
  return quick(l).concat([p], quick(r));
}
function merge(a) {
  if (a.length < 2) return a;
  var m = a.length >> 1, l = merge(a.slice(0, m)), r = merge(a.slice(m)), out = [];
  while (l.length && r.length) out.push(l[0] <= r[0] ? l.shift() : r.shift());
  return out.concat(l, r);
}
function insertion(a) { a = a.slice(); for (var i = 1; i < a.length; i++) { var v = a[i], j = i - 1; while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; } a[j + 1] = v; } return a; }
var data = [];
var seed = 42;
for (var i = 0; i < 300; i++) { seed = (seed * 1103515245 + 12345) % 2147483648; data.push(seed % 1000); }
var ref = data.slice().sort(function (a, b) { return a - b; });
console.log([bubble, quick, merge, insertion].map(function (f) { return f(data).join() === ref.join(); }));
console.log(ref.slice(0, 10), ref.slice(-3));
