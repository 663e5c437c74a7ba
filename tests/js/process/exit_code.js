// process.exitCode sets the status the process exits with once the loop is done.
console.log("setting exitCode");
process.exitCode = 3;
setTimeout(function () { console.log("timer still runs"); }, 1);
