// ReferenceError for an undeclared global inside an expression.
function total(a) {
  const sum = a + missingOffset;
  return sum;
}
console.log("start");
total(1);
