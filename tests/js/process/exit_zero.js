// process.exit() with no argument exits 0 even after an earlier exitCode.
console.log("a");
process.exitCode = 5;
process.exit(0);
