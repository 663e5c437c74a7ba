// process.exit(n) stops immediately: pending timers and later code never run.
console.log("before exit");
setTimeout(function () { console.log("never"); }, 0);
process.exit(7);
console.log("never either");
