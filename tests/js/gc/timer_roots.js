// Values held only by pending timers and microtasks survive collections before they run.
function schedule(i, delay) {
  var payload = { i: i, text: "payload " + i, list: [i, i * i] };
  setTimeout(function () { results.push(payload.text + "=" + payload.list[1]); }, delay);
}
var results = [];
for (var i = 0; i < 50; i++) schedule(i, 1 + (i % 5));
queueMicrotask((function () {
  var held = { msg: "microtask payload", arr: new Array(100).fill(7) };
  return function () {
    for (var r = 0; r < 200000; r++) { var junk = { r: r, s: "j" + r }; }
    console.log(held.msg, held.arr.length, held.arr[99]);
  };
})());
var interval = setInterval((function () {
  var state = { ticks: 0, tag: "interval state" };
  return function () {
    state.ticks++;
    for (var r = 0; r < 50000; r++) { var junk = [r, "x" + r]; }
    if (state.ticks === 3) {
      clearInterval(interval);
      console.log(state.tag, state.ticks);
      setTimeout(report, 20);
    }
  };
})(), 2);
function report() {
  results.sort(function (a, b) { return parseInt(a.slice(8)) - parseInt(b.slice(8)); });
  console.log(results.length, results[0], results[49]);
}
