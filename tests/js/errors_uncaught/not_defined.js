// ReferenceError for an undeclared global, thrown from a nested call.
function outer() { return inner(); }
function inner() { return undeclaredVariable + 1; }
console.log("start");
outer();
