// Functions are objects: properties, name, length, toString-less printing.
function f(a, b, c) {}
f.custom = "prop";
f.count = 0;
f.count++;
console.log(f.name, f.length, f.custom, f.count);
console.log(typeof f.prototype, f.prototype.constructor === f);
var arrow = () => 1;
console.log(arrow.name, arrow.prototype);
var anon = [function () {}][0];
console.log(JSON.stringify(anon.name));
var o = { method() { return 1; }, prop: function () {} };
console.log(o.method.name, o.prop.name);
console.log(f);
console.log(arrow, o.method);
