// Runaway recursion throws a catchable RangeError.
function runaway(n) { return runaway(n + 1) + 1; }
try {
  runaway(0);
} catch (e) {
  console.log(e instanceof RangeError, e.name, e.message);
}
function mutualA(n) { return mutualB(n + 1); }
function mutualB(n) { return mutualA(n + 1); }
try { mutualA(0); } catch (e) { console.log("again:", e.message); }
console.log("still alive");
