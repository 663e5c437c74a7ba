// setTimeout callbacks run in order of delay, ties in order of creation.
setTimeout(function () { console.log("30"); }, 30);
setTimeout(function () { console.log("10 a"); }, 10);
setTimeout(function () { console.log("0"); }, 0);
setTimeout(function () { console.log("10 b"); }, 10);
setTimeout(function () { console.log("20"); }, 20);
setTimeout(function () { console.log("1"); }, 1);
console.log("sync");
