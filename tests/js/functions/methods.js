// Object methods that call each other through this, and shorthand methods.
var calc = {
  value: 0,
  add(n) { this.value += n; return this; },
  sub(n) { this.value -= n; return this; },
  double() { return this.add(this.value); },
  result: function () { return this.value; }
};
console.log(calc.add(5).sub(2).double().result());
var geometry = {
  square(x) { return x * x; },
  hyp(a, b) { return Math.sqrt(this.square(a) + this.square(b)); }
};
console.log(geometry.hyp(3, 4), geometry.hyp(5, 12));
var counter = {
  count: 0,
  inc: function () { return ++this.count; }
};
var inc = counter.inc.bind(counter);
inc(); inc();
console.log(counter.count);
