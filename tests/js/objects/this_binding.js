// this in methods, detached methods, nested functions and callbacks.
var o = {
  name: "o",
  who: function () { return this === undefined ? "undefined" : this === globalThis ? "global" : this.name; }
};
console.log(o.who(), o["who"]());
var other = { name: "other", who: o.who };
console.log(other.who());
var detached = o.who;
console.log(detached());
var holder = { inner: { name: "inner", who: o.who } };
console.log(holder.inner.who());
function Outer() {
  this.v = 1;
  var self = this;
  this.get = function () { return self.v; };
}
var out = new Outer();
var g = out.get;
console.log(g());
var chained = { n: 0, inc: function () { this.n++; return this; } };
console.log(chained.inc().inc().inc().n);
