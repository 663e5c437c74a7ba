// The GeneratorFunction, AsyncFunction and AsyncGeneratorFunction
// constructors, reached through the prototypes of such functions.
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
const AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;
for (const C of [GeneratorFunction, AsyncFunction, AsyncGeneratorFunction]) {
  console.log(C.name, C.length, Object.getPrototypeOf(C) === Function,
    Object.getPrototypeOf(C.prototype) === Function.prototype,
    C.prototype.constructor === C, JSON.stringify(Object.getOwnPropertyDescriptor(C.prototype, "constructor")));
}
const g = new GeneratorFunction("a", "b", "yield a; yield b;");
console.log([...g(1, 2)], g.name, g.length, Object.getPrototypeOf(g) === GeneratorFunction.prototype);
console.log(Object.getPrototypeOf(g.prototype) === GeneratorFunction.prototype.prototype);
const g2 = GeneratorFunction("yield 7");
console.log(g2().next());
const af = new AsyncFunction("x", "return await x * 2;");
console.log(af instanceof AsyncFunction, af.name, af.length);
af(21).then(v => console.log("async", v));
const ag = new AsyncGeneratorFunction("yield 1; yield 2;");
(async () => { const out = []; for await (const v of ag()) out.push(v); console.log("agen", out); })();
try { new GeneratorFunction("yield", ""); } catch (e) { console.log(e.constructor.name); }
try { new AsyncFunction("await 1", ""); } catch (e) { console.log(e.constructor.name); }
