// A few stable process properties.
console.log(typeof process, typeof process.exit, typeof process.nextTick);
console.log(typeof process.env, process.exitCode);
process.exitCode = 0;
console.log(process.exitCode);
