// Getters and setters found on the prototype chain get the receiver as this.
var proto = {
  get full() { return this.first + " " + this.last; },
  set full(v) { var p = v.split(" "); this.first = p[0]; this.last = p[1]; }
};
var person = Object.create(proto);
person.first = "Ada"; person.last = "Lovelace";
console.log(person.full);
person.full = "Grace Hopper";
console.log(person.first, person.last, Object.keys(person), proto.first);
var counter = { _n: 0, get n() { return ++this._n; } };
console.log(counter.n, counter.n, counter.n);
var o = { get only() { return 1; } };
o.only = 5;
console.log(o.only);
var w = { set only(v) { this.seen = v; } };
console.log(w.only, (w.only = 3), w.seen);
var c = { _v: 1, get v() { return this._v; }, set v(x) { this._v = x * 2; } };
c.v += 5;
c.v++;
console.log(c._v);
