// Number.prototype.toString with a radix, and toFixed.
console.log((255).toString(16), (255).toString(2), (255).toString(8));
console.log((-255).toString(16));
console.log((35).toString(36), (123456789).toString(36));
console.log((0).toString(2));
console.log((0.5).toString(2));
console.log((3.75).toString(16));
console.log((1e21).toString(10));
console.log((12).toString());
console.log((3.14159).toFixed(2), (3.14159).toFixed(0), (2.5).toFixed(0));
console.log((1.005).toFixed(2), (10).toFixed(3), (-1.5).toFixed(1));
console.log((0.000001).toFixed(7), (123.456).toFixed(1));
console.log((1e21).toFixed(2));
console.log((4294967295).toString(16));
console.log((-0.5).toFixed(0));
console.log((1234.5678).toFixed(10));
