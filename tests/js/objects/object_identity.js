// Objects are compared by reference; copies are shallow.
var a = { n: 1 }, b = { n: 1 }, c = a;
console.log(a === b, a == b, a === c);
c.n = 2;
console.log(a.n);
var arr1 = [1, 2], arr2 = arr1, arr3 = arr1.slice();
arr2.push(3);
console.log(arr1, arr3, arr1 === arr2, arr1 === arr3);
var nested = { inner: { v: 1 } };
var shallow = Object.assign({}, nested);
shallow.inner.v = 99;
console.log(nested.inner.v);
var deep = JSON.parse(JSON.stringify(nested));
deep.inner.v = 1;
console.log(nested.inner.v, deep.inner.v);
function mutate(o) { o.changed = true; o = { replaced: true }; return o; }
var orig = {};
var ret = mutate(orig);
console.log(orig, ret);
