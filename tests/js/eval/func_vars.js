// Sloppy direct eval in a function declares its vars and functions in the
// function's var scope: later code and closures see them, and they shadow
// outer bindings of the same name.
function f() { eval("var x = 1"); return x; }
console.log(f());
function g() { eval("function h() { return 2; }"); return h(); }
console.log(g());
var outer = "outer";
function shadow() { var before = typeof outer; eval("var outer = 'inner'"); return [before, outer]; }
console.log(shadow(), outer);
function closure() {
  eval("var n = 10");
  return function () { return ++n; };
}
var inc = closure();
console.log(inc(), inc());
function twice() { eval("var a = 1"); eval("var b = a + 1"); return a + b; }
console.log(twice());
function assignAfter() { eval("var y"); y = 5; return y; }
console.log(assignAfter(), typeof y);
function del() { eval("var d = 1"); var r1 = delete d; return [r1, typeof d]; }
console.log(del());
function thisCall() { eval("function t() { return this === undefined || this === globalThis; }"); return t(); }
console.log(thisCall());
function existing(p) { eval("var p = 'changed'; function q() {}"); var q; return [p, typeof q]; }
console.log(existing("orig"));
function fresh() { return eval("var z = 3; z * 2"); }
console.log(fresh(), typeof z);
function inBlock() { { eval("var w = 7"); } return w; }
console.log(inBlock());
function arrow() { var r = (() => { eval("var ar = 1"); return ar; })(); return [r, typeof ar]; }
console.log(arrow());
function nestedEval() { eval("eval('var deep = 4')"); return deep; }
console.log(nestedEval());
function strictEval() { eval("'use strict'; var s = 1"); return typeof s; }
console.log(strictEval());
function conflict() { let c = 1; try { eval("var c = 2"); } catch (e) { return e.constructor.name + ": " + e.message; } }
console.log(conflict());
function blockConflict() { { let bc = 1; try { eval("var bc = 2"); } catch (e) { return e.constructor.name; } } }
console.log(blockConflict());
function catchParam() { try { throw 1; } catch (e) { eval("var e = 2"); return e; } }
console.log(catchParam());
function loop() { for (var i = 0; i < 3; i++) eval("var v" + i + " = " + i); return v0 + v1 + v2; }
console.log(loop());
function annexB() { eval("{ function blk() { return 'blk'; } }"); return blk(); }
console.log(annexB());
function spread() { var args = ["var sp = 9; sp"]; return [eval(...args), sp]; }
console.log(spread());
function withEval() { var o = { wx: 1 }; with (o) { eval("wx = 2; var wy = 3"); } return [o.wx, wy]; }
console.log(withEval());
function withRead() { var o = { k: 5 }; with (o) { return eval("k + 1"); } }
console.log(withRead());
