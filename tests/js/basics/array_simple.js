// Creating an array, indexing, length and push.
var a = [1, 2, 3];
a.push(4);
a[0] = 100;
console.log(a[0], a[3], a.length);
console.log(a);
