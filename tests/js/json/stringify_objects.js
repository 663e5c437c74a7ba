// JSON.stringify of constructor instances, nested toJSON, arrays of objects, indentation.
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.norm = function () { return Math.sqrt(this.x * this.x + this.y * this.y); };
console.log(JSON.stringify(new Point(3, 4)));
console.log(JSON.stringify([new Point(1, 2), { p: new Point(0, 0) }], null, 2));
var withJSON = { a: 1, inner: { toJSON: function (key) { return "inner@" + key; } } };
console.log(JSON.stringify(withJSON));
console.log(JSON.stringify({ date: { toJSON: function () { return "2024-01-01"; } } }));
var proto = Object.create({ inherited: 1 });
proto.own = 2;
console.log(JSON.stringify(proto));
console.log(JSON.stringify({ arr: [1, [2, []], {}] }, null, 4));
console.log(JSON.stringify("a\u2028b"), JSON.stringify({ "\n": 1 }));
