// Throwing a non-error value uncaught also exits 1.
console.log("start");
throw "plain string";
