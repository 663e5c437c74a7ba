// A chain of microtasks runs to completion before any timer.
var count = 0;
function step() { count++; if (count < 1000) queueMicrotask(step); }
queueMicrotask(step);
setTimeout(function () { console.log("timer sees count", count); }, 0);
var ticks = 0;
function tick() { ticks++; if (ticks < 100) process.nextTick(tick); }
process.nextTick(tick);
queueMicrotask(function () { console.log("ticks before first microtask", ticks); });
