// Timers scheduled from timers: causally ordered callbacks, with a long timer
// that reports last (the gap is wide so the order holds on a loaded machine).
var log = [];
setTimeout(function () {
  log.push("outer");
  setTimeout(function () {
    log.push("inner 0");
    setTimeout(function () { log.push("innermost"); }, 0);
  }, 0);
  setTimeout(function () { log.push("inner 200"); console.log(log.join(" > ")); }, 200);
}, 0);
