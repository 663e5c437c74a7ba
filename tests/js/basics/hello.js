// The smallest program: one string printed.
console.log("Hello, world!");
