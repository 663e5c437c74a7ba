// process.exit inside a timer callback.
var n = 0;
var id = setInterval(function () {
  n++;
  console.log("tick", n);
  if (n === 3) process.exit(2);
}, 1);
