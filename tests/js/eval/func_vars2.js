// Sloppy direct eval: vars and functions in the var scope of a CommonJS
// module and of generators, async functions, methods; a function's own
// name is shadowed by an eval var.
eval("var topv = 1; function topf() { return 'topf'; }");
console.log(topv, topf(), typeof globalThis.topv);
function later() { var r = eval("var lv = 1; lv"); function inner() { return typeof lv; } return [r, inner()]; }
console.log(later());
function gen() { eval("var gv = 2"); return (function* () { yield gv; })().next().value; }
console.log(gen());
async function asy() { eval("var av = 3"); await null; return av; }
asy().then(v => console.log("async", v));
function typeofIt() { var t1 = typeof nope; eval("var nope = 1"); return [t1, typeof nope]; }
console.log(typeofIt());
function params(a, b) { eval("var a = 10"); return [a, arguments[0]]; }
console.log(params(1, 2));
function fnExpr() { var r = (function named() { eval("var named = 5"); return named; })(); return r; }
console.log(fnExpr());
function redecl() { eval("function rf() { return 1; }"); eval("function rf() { return 2; }"); return rf(); }
console.log(redecl());
function crossEval() { eval("var ce = 1"); return eval("ce + 1"); }
console.log(crossEval());
function evalClosure() { eval("var ec = 1"); var get = eval("(function () { return ec; })"); eval("ec = 2"); return get(); }
console.log(evalClosure());
var o = { m() { eval("var mv = this.tag"); return mv; }, tag: "method" };
console.log(o.m());
function letInEval() { eval("let le = 1"); return typeof le; }
console.log(letInEval());
