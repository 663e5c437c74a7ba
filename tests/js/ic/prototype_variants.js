// Prototypes replaced wholesale, setPrototypeOf chains, one access site over many receivers, dictionary-mode objects.
function Vec(x, y) { this.x = x; this.y = y; }
Vec.prototype = { add: function (o) { return new Vec(this.x + o.x, this.y + o.y); }, get len() { return Math.hypot(this.x, this.y); } };
var v = new Vec(3, 4);
console.log(v.add(v), v.len, v instanceof Vec, v.constructor === Object);
console.log(v);
function Base() {} Base.prototype.hello = function () { return "base"; };
function Derived() { Base.call(this); }
Object.setPrototypeOf(Derived.prototype, Base.prototype);
console.log(new Derived().hello(), new Derived());
var objs = [{ a: 1 }, { b: 1, a: 2 }, Object.create({ a: 3 }), { get a() { return 4; } }, [5], "str"];
objs[4].a = 5;
function getA(o) { return o.a; }
var r = []; for (var k = 0; k < 3; k++) for (var i = 0; i < objs.length; i++) r.push(getA(objs[i]));
console.log(r.join(","));
var proto = { x: 1 }; var kid = Object.create(proto);
function getX(o) { return o.x; }
var seq = [];
for (var n = 0; n < 5; n++) { seq.push(getX(kid)); if (n === 2) proto.x = 2; }
console.log(seq.join(""));
var dict = {};
for (var d = 0; d < 100; d++) dict["k" + d] = d;
for (var e = 0; e < 100; e += 3) delete dict["k" + e];
var tot = 0; for (var key in dict) tot += dict[key];
console.log(Object.keys(dict).length, tot, dict.k1, dict.k3);
var withNum = { 1: "a", b: "b" }; withNum[0] = "z";
console.log(withNum, Object.keys(withNum));
