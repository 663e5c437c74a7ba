// setInterval repeats until clearInterval.
var count = 0;
var id = setInterval(function () {
  count++;
  console.log("tick " + count);
  if (count === 5) {
    clearInterval(id);
    setTimeout(function () { console.log("after interval, count = " + count); }, 20);
  }
}, 2);
