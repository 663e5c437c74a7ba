// Assigning to a const throws TypeError.
const k = 10;
try { k = 11; } catch (e) { console.log(e.name, e.message); }
console.log(k);
try { k++; } catch (e) { console.log(e.name); }
function f() {
  const inner = [];
  inner.push(1);
  try { inner = []; } catch (e) { return e instanceof TypeError && inner.length; }
}
console.log(f());
for (const v of [1, 2, 3]) console.log(v);
for (const key in { p: 1, q: 2 }) console.log(key);
