// null and undefined: equality, arithmetic, typeof, defaults.
var u;
console.log(u, typeof u, u === undefined, u == null, null == undefined, null === undefined);
console.log(null + 1, undefined + 1, null * 3, isNaN(undefined));
console.log(typeof null, String(null), String(undefined), [null] + "", [undefined] + "");
function f(a) { return a; }
console.log(f(), f(undefined), f(null));
var o = { a: undefined };
console.log(o.a, o.b, "a" in o, "b" in o, Object.keys(o));
console.log(undefined ?? "d1", null ?? "d2", null || "d3");
console.log(JSON.stringify({ a: undefined, b: null }), JSON.stringify([undefined, null]));
console.log(void 0 === undefined);
