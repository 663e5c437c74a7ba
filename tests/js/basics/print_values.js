// console.log of one literal of each primitive type, one per line.
console.log(42);
console.log(-7);
console.log(3.5);
console.log("text");
console.log(true);
console.log(false);
console.log(null);
console.log(undefined);
