// An uncaught exception exits 1 after printing it on stderr; earlier stdout stays.
console.log("before");
function fail() { throw new TypeError("something broke"); }
fail();
console.log("never printed");
