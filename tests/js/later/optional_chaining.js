// Optional chaining, nullish assignment and BigInt.
const o = { a: { b: null, f() { return 1; } } };
console.log(o?.a?.b?.c, o.x?.y, o.a.f?.(), o.a.g?.());
console.log(2n ** 64n, typeof 1n, 10n / 3n);
