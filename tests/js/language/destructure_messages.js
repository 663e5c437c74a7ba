// V8 names the destructured expression in its TypeError.
const t = [
  () => { const {a} = null; },
  () => { let o; const {a} = o; },
  () => { let o = {}; const {a} = o.p; },
  () => { let o = {}; const {a} = o['p']; },
  () => { function f() {} const {a} = f(); },
  () => { let o = {f() {}}; const {a} = o.f(); },
  () => { let x; const {a} = x || null; },
  () => { let x; const {a} = x ?? null; },
  () => { let x; const {} = x; },
  () => { let x; const {[1+1]: a} = x; },
  () => { let x; const {'str': a} = x; },
  () => { let x; const {5: a} = x; },
  () => { let x; ({a: x} = null); },
  () => { let x; [{a: x}] = [null]; },
  () => { for (const {a} of [null]) ; },
  () => { let x; const {a: {b}} = {a: null}; },
  () => { let x; const {...r} = null; },
  () => { (function({a}) {}).call(null, null); },
  () => { (function({a} = {}) {})(null); },
  () => { (function([{a}]) {})([undefined]); },
  () => { let x; const {a} = this.x; },
  () => { let x = [null]; const {a} = x[0]; },
  () => { let x = [null]; const {a} = new Object(null).q; },
  () => { try { throw null } catch ({a}) {} },
];
for (const f of t) try { f(); } catch (e) { console.log(e.message); }
function f({a, b} = {a: 1}) {} try { f(null); } catch (e) { console.log(e.message); }
function f2({a, b}) {} try { f2(null); } catch (e) { console.log(e.message); }
function* f4({a, b}) {} try { f4(undefined); } catch (e) { console.log(e.message); }
try { const {y} = null; } catch (e) { console.log(e.message); }
let o = null; try { const {z} = o; } catch (e) { console.log(e.message); }
try { (({q}) => q)(undefined); } catch (e) { console.log(e.message); }
