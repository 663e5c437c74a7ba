// setTimeout 0 callbacks each see nextTicks queued by the previous one first.
var log = [];
for (var i = 0; i < 3; i++) {
  (function (i) {
    setTimeout(function () {
      log.push("t" + i);
      process.nextTick(function () { log.push("n" + i); });
      queueMicrotask(function () { log.push("m" + i); });
    }, 0);
  })(i);
}
setTimeout(function () { console.log(log.join(" ")); }, 10);
