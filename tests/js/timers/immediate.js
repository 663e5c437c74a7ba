// setImmediate runs after the current phase; setImmediate from a timer runs before the next timer.
setImmediate(function () { console.log("immediate 1"); });
setImmediate(function (v) { console.log("immediate 2", v); }, "arg");
var im = setImmediate(function () { console.log("cleared"); });
clearImmediate(im);
process.nextTick(function () { console.log("tick"); });
setTimeout(function () {
  console.log("timeout");
  setImmediate(function () { console.log("immediate from timeout"); });
  setTimeout(function () { console.log("timeout from timeout"); }, 0);
}, 100);
console.log("sync");
