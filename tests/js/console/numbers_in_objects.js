// Numbers inside containers print like top-level numbers.
console.log({ a: 0.1 + 0.2, b: 1e21, c: 5e-324, d: -0, e: NaN, f: 2 ** 53 });
console.log([1 / 3, -1e-7, 123456789.123, Infinity, -Infinity]);
console.log({ big: 123456789012345680000, neg: -42, int: 7 });
