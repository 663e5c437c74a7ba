// Prototype inheritance between constructor functions.
function Shape(name) { this.name = name; }
Shape.prototype.describe = function () { return this.name + " with area " + this.area().toFixed(2); };
function Circle(r) { Shape.call(this, "circle"); this.r = r; }
Circle.prototype = Object.create(Shape.prototype);
Circle.prototype.constructor = Circle;
Circle.prototype.area = function () { return Math.PI * this.r * this.r; };
function Rect(w, h) { Shape.call(this, "rect"); this.w = w; this.h = h; }
Rect.prototype = Object.create(Shape.prototype);
Rect.prototype.constructor = Rect;
Rect.prototype.area = function () { return this.w * this.h; };
function Square(s) { Rect.call(this, s, s); this.name = "square"; }
Square.prototype = Object.create(Rect.prototype);
Square.prototype.constructor = Square;
var shapes = [new Circle(1), new Rect(2, 3), new Square(4)];
for (var i = 0; i < shapes.length; i++) console.log(shapes[i].describe());
var sq = shapes[2];
console.log(sq instanceof Square, sq instanceof Rect, sq instanceof Shape, sq instanceof Circle);
console.log(Shape.prototype.isPrototypeOf(sq), Object.keys(sq));
