// `__proto__: v` in an object literal sets [[Prototype]].
const base = { greet() { return "hi from base"; }, x: 1 };
const o = { __proto__: base, y: 2 };
console.log(Object.getPrototypeOf(o) === base, o.greet(), o.x, o.y);
console.log(Object.keys(o), Object.prototype.hasOwnProperty.call(o, "__proto__"));

const n = { __proto__: null, a: 1 };
console.log(Object.getPrototypeOf(n) === null, typeof n.toString);

// a non-object, non-null value is ignored
const p = { __proto__: 42, b: 3 };
console.log(Object.getPrototypeOf(p) === Object.prototype, p.b);

// string-literal key is the same as the identifier
const q = { "__proto__": base };
console.log(Object.getPrototypeOf(q) === base);

// shorthand and computed forms are ordinary own properties
const __proto__ = { z: 9 };
const r = { __proto__ };
console.log(Object.getPrototypeOf(r) === Object.prototype, Object.keys(r), r.__proto__ === __proto__ || Object.getOwnPropertyNames(r));
const s = { ["__proto__"]: base };
console.log(Object.getPrototypeOf(s) === Object.prototype, Object.getOwnPropertyNames(s));

// methods see the prototype chain through super-less lookups
const t = { __proto__: o, w: 4 };
console.log(t.w, t.y, t.x, t.greet());

// evaluated in order with the other properties
const log = [];
const u = { a: log.push("a"), __proto__: (log.push("proto"), base), b: log.push("b") };
console.log(log.join(","), Object.getPrototypeOf(u) === base);
