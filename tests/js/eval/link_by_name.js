// A program that reaches the GeneratorFunction constructor only through a
// variable of that name still links the eval JIT (resolve.c, is_eval_name).
var GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
var f = Object.getPrototypeOf(function* () {}).constructor;
var g = new GeneratorFunction("yield 3");
console.log(g().next().value);
