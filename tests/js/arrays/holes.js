// Sparse arrays print empty items and most methods skip holes.
var a = [1, , 3];
console.log(a, a.length, a[1], 1 in a);
var b = [];
b[3] = "d";
console.log(b);
var c = new Array(10);
c[2] = 2;
c[7] = 7;
console.log(c);
var visits = 0;
c.forEach(function () { visits++; });
console.log(visits, Object.keys(c));
console.log([, , ,], [undefined, , undefined]);
delete a[0];
console.log(a, a.join("-"));
var d = [1, 2, 3];
d[10] = 11;
console.log(d, d.length);
