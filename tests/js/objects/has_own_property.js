// hasOwnProperty against inherited, deleted and undefined-valued properties.
var o = { a: 1, u: undefined };
console.log(o.hasOwnProperty("a"), o.hasOwnProperty("u"), o.hasOwnProperty("b"), o.hasOwnProperty("toString"));
var c = Object.create(o);
c.own = 1;
console.log(c.hasOwnProperty("own"), c.hasOwnProperty("a"), "a" in c);
delete o.a;
console.log(o.hasOwnProperty("a"));
var arr = [1, 2];
console.log(arr.hasOwnProperty(0), arr.hasOwnProperty("1"), arr.hasOwnProperty(2), arr.hasOwnProperty("length"));
console.log(Object.prototype.hasOwnProperty.call({ k: 1 }, "k"));
var counts = {};
"abracadabra".split("").forEach(function (ch) {
  if (counts.hasOwnProperty(ch)) counts[ch]++; else counts[ch] = 1;
});
console.log(counts);
