// An error thrown inside an object-literal method: the at-line names it.
const calc = {
  divide(a, b) {
    if (b === 0) throw new RangeError("division by zero: " + a + "/" + b);
    return a / b;
  },
};
console.log(calc.divide(6, 3));
calc.divide(1, 0);
