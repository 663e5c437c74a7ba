// nextTicks and microtasks queued inside a timer run before the next timer.
setTimeout(function () {
  console.log("timer 1");
  process.nextTick(function () { console.log("tick after timer 1"); });
  queueMicrotask(function () { console.log("microtask after timer 1"); });
}, 0);
setTimeout(function () {
  console.log("timer 2");
}, 0);
