// Functions made from run-time strings keep their source text for
// toString: the spec's "function anonymous(a\n) {\nbody\n}" for the
// dynamic-function constructors, the text itself for functions in eval code.
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
const AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;
console.log(new Function("a", "b", "return a + b").toString());
console.log(new GeneratorFunction("a", "b", "yield a; yield b;").toString());
console.log(String(new AsyncFunction("x", "return await x * 2;")));
console.log(`${new AsyncGeneratorFunction("yield 1;")}`);
console.log(eval("(function named(p) { return p; })").toString());
console.log((0, eval)("() => 42").toString());
console.log(eval("[function* g() { yield 1 }]")[0].toString());
