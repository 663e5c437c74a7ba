// Global isNaN, isFinite, parseInt, parseFloat, Number helpers and globalThis.
console.log(isNaN("x"), isNaN(""), isNaN(" "), isNaN([]), isNaN({}), isNaN("1e3"));
console.log(isFinite("12"), isFinite(null), isFinite("Infinity"), Number.isFinite("12"));
console.log(globalThis.parseInt === parseInt, typeof globalThis.Math);
console.log(Number("12.50"), Number.parseFloat("12.50"), (12.5).toString());
console.log(globalThis.NaN, globalThis.Infinity, globalThis.undefined);
