// Arrays with extra named properties print them after the elements.
var a = [1, 2, 3];
a.extra = "yes";
a.n = 5;
console.log(a);
var b = [];
b.only = true;
console.log(b);
