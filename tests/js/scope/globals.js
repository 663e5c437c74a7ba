// Global var and function declarations, and implicit globals.
var g1 = "var global";
function gf() { return "function global"; }
function setImplicit() { implicitGlobal = 42; }
setImplicit();
console.log(g1, gf(), implicitGlobal);
console.log(typeof globalThis);
try { undeclaredThing; } catch (e) { console.log(e.name, e.message); }
try { undeclaredFn(); } catch (e) { console.log(e.name, e.message); }
var counter = 0;
function bump() { counter++; }
bump(); bump();
console.log(counter);
