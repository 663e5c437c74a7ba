// A simulation driven by timers and microtasks: producers and a consumer.
var queue = [], consumed = [];
function produce(name, count, delay) {
  var n = 0;
  var id = setInterval(function () {
    queue.push(name + n);
    n++;
    if (n === count) clearInterval(id);
  }, delay);
}
produce("a", 3, 3);
produce("b", 2, 7);
var checks = 0;
var consumer = setInterval(function () {
  checks++;
  while (queue.length) consumed.push(queue.shift());
  if (consumed.length === 5) {
    clearInterval(consumer);
    queueMicrotask(function () { console.log("consumed", consumed.length, consumed.slice().sort().join(",")); });
  }
}, 1);
process.nextTick(function () { console.log("started"); });
