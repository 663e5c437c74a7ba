// in, instanceof and delete.
var o = { a: 1, b: undefined };
console.log("a" in o, "b" in o, "c" in o, "toString" in o);
var arr = [1, 2, 3];
console.log(0 in arr, 3 in arr, "length" in arr, "2" in arr);
function P() { this.x = 1; }
P.prototype.y = 2;
var p = new P();
console.log("x" in p, "y" in p, p instanceof P, p instanceof Object, arr instanceof Array);
console.log({} instanceof P, null instanceof Object, (function () {}) instanceof Function);
console.log(delete o.a, "a" in o, o);
console.log(delete o.zzz);
console.log(delete arr[1], arr, arr.length);
console.log(delete p.y, p.y, delete P.prototype.y, p.y);
try { "x" in 5; } catch (e) { console.log(e instanceof TypeError, e.constructor.name); }
try { ({}) instanceof 3; } catch (e) { console.log(e instanceof TypeError); }
var f = Object.freeze({ k: 1 });
console.log(delete f.k, f.k);
