// Timers scheduled from timers.
var log = [];
setTimeout(function () {
  log.push("outer");
  setTimeout(function () {
    log.push("inner 0");
    setTimeout(function () { log.push("innermost"); console.log(log.join(" > ")); }, 0);
  }, 0);
  setTimeout(function () { log.push("inner 5"); }, 5);
}, 0);
