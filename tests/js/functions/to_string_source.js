// Function.prototype.toString gives the source text of compiled functions
// (classnames checks it for "[native code]"), methods from their key.
const o = { toString() { return 'custom'; }, get g() { return 1; }, async *ag() {}, ['comp' + 1]() {} };
console.log(o.toString.toString());
console.log(Object.getOwnPropertyDescriptor(o, 'g').get.toString(), o.ag.toString(), o.comp1.toString());
function f(a, b) { return a + b; }
console.log(f.toString(), String(function () {}), String(function* gen() { yield 1; }), String(async () => {}));
console.log((x => x * 2).toString(), String(class A { m() {} }), String(class {}), String(class B extends Array { constructor() { super(); } }));
class C { static s() { return 1; } m(a) { return a; } #p() {} get x() { return 1; } }
console.log(C.s.toString(), C.prototype.m.toString(), String(Object.getOwnPropertyDescriptor(C.prototype, 'x').get));
console.log(Math.max.toString(), String(f.bind(null)), String(Function.prototype), String(console.log).includes('native'));
console.log(new Function('a', 'b', 'return a + b').toString());
