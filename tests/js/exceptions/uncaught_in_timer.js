// An exception thrown in a timer callback ends the process with exit code 1.
console.log("main");
setTimeout(function () { console.log("first timer"); }, 0);
setTimeout(function () { throw new Error("in timer"); }, 5);
setTimeout(function () { console.log("never"); }, 50);
