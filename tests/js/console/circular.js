// Circular references print as [Circular *1] with a <ref *1> marker.
var a = { name: "a" };
a.self = a;
console.log(a);
var arr = [1, 2];
arr.push(arr);
console.log(arr);
var p = { name: "parent", children: [] };
var c = { name: "child", parent: p };
p.children.push(c);
console.log(p);
var x = { y: {} };
x.y.x = x;
x.y.y = x.y;
console.log(x);
