// An unhandled promise rejection with an Error ends the process like node 20.
function fail() { return Promise.reject(new Error("rejected on purpose")); }
console.log("start");
fail();
