// An uncaught exception exits 1 even when exitCode was set.
process.exitCode = 9;
console.log("about to throw");
throw new Error("uncaught wins");
