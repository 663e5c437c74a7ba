// Default parameter values, evaluated at call time, can see earlier params.
function greet(name = "world", punct = "!") { return "hello " + name + punct; }
console.log(greet(), greet("kiln"), greet("x", "?"), greet(undefined, "."));
console.log(greet(null));
var n = 0;
function counter(v = ++n) { return v; }
console.log(counter(), counter(), counter(100), n);
function area(w, h = w) { return w * h; }
console.log(area(3), area(3, 4));
function arr(a = []) { a.push(1); return a.length; }
console.log(arr(), arr());
console.log(greet.length, area.length);
var arrow = (a, b = a * 2) => a + b;
console.log(arrow(1), arrow(1, 1));
