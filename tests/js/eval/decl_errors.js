// EvalDeclarationInstantiation's errors: a var of sloppy eval code that
// names a lexical binding between the eval and its var scope is a
// SyntaxError (and `var arguments` in a function's parameter expressions:
// test262, not node 20), but not in an arrow; a catch parameter is fine.
function name(f) { try { f(); return "ok"; } catch (e) { return e.constructor.name + ": " + e.message; } }
console.log(name(function () { let a; eval("var a"); }));
console.log(name(function () { const a = 1; { eval("function a() {}"); } }));
console.log(name(function () { { let b; eval("var b = 1"); } }));
console.log(name(function () { class K {} eval("var K"); }));
console.log(name(function () { { let c; } eval("var c"); return c; }));
console.log(name(function () { try { throw 0; } catch (e) { eval("var e = 1"); } }));
console.log(name((p = eval("var arguments = 1")) => { let arguments = 2; return arguments; }));
console.log(name(function () { "use strict"; let a; eval("var a = 1"); }));
let topLet = 1;
console.log(name(function () { eval("var topLet = 2"); return topLet; }), topLet);
