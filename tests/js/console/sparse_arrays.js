// Empty items in sparse arrays.
console.log([1, , 3]);
console.log([, , 1]);
console.log(new Array(5));
var a = [];
a[2] = "x";
a[8] = "y";
console.log(a);
console.log([1, , , , 5, , 7]);
var b = [1, 2, 3];
delete b[1];
console.log(b);
