// Math.random stays in [0, 1) (the values themselves are never printed).
var ok = true;
var lo = 1, hi = 0;
for (var i = 0; i < 10000; i++) {
  var r = Math.random();
  if (!(r >= 0 && r < 1)) ok = false;
  if (r < lo) lo = r;
  if (r > hi) hi = r;
}
console.log(ok, lo < 0.01, hi > 0.99, typeof Math.random());
var buckets = [0, 0, 0, 0];
for (var j = 0; j < 4000; j++) buckets[Math.floor(Math.random() * 4)]++;
console.log(buckets.every(function (b) { return b > 800 && b < 1200; }));
