// process.nextTick runs before queueMicrotask callbacks; both before timers.
setTimeout(function () { console.log("timeout"); }, 0);
queueMicrotask(function () { console.log("microtask 1"); });
process.nextTick(function () { console.log("nextTick 1"); });
queueMicrotask(function () {
  console.log("microtask 2");
  process.nextTick(function () { console.log("nextTick from microtask"); });
  queueMicrotask(function () { console.log("microtask from microtask"); });
});
process.nextTick(function () {
  console.log("nextTick 2");
  process.nextTick(function () { console.log("nextTick from nextTick"); });
});
console.log("sync");
