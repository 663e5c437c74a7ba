// Reading or writing a let/const before its declaration throws ReferenceError.
try { console.log(t); } catch (e) { console.log(e.name, e.message); }
let t = 1;
function readEarly() { return early; }
try { readEarly(); } catch (e) { console.log(e.name, e.message); }
let early = "now ok";
console.log(readEarly());
try { c = 5; } catch (e) { console.log(e.name, e.message); }
const c = 1;
{
  try { typeof blockLet; } catch (e) { console.log("typeof throws:", e.name); }
  let blockLet = 2;
}
try { let self = self + 1; } catch (e) { console.log(e.name, e.message); }
