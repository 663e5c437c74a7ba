// Function.prototype.call, apply and bind.
function describe(greeting, punct) { return greeting + ", " + this.name + punct; }
var bob = { name: "Bob" };
console.log(describe.call(bob, "Hi", "!"));
console.log(describe.apply(bob, ["Hello", "?"]));
var bound = describe.bind(bob, "Hey");
console.log(bound("."), bound.name, bound.length);
var bound2 = bound.bind({ name: "ignored" });
console.log(bound2("..."));
function Point(x, y) { this.x = x; this.y = y; }
var P1 = Point.bind(null, 1);
var p = new P1(2);
console.log(p.x, p.y, p instanceof Point);
console.log(Math.max.apply(null, [1, 5, 3]), Math.min.call(null, 4, 2, 8));
function whoAmI() { return this === undefined ? "undefined" : typeof this; }
console.log(whoAmI.call(5), whoAmI.call("s"));
console.log(Array.prototype.join.call([1, 2], "+"));
var add = function (a, b) { return a + b; };
console.log(add.apply(null), add.call(null, 1, 2));
