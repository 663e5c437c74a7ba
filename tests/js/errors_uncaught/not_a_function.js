// An uncaught TypeError raised by the runtime: the message names the callee.
const obj = { name: "x" };
function run() {
  console.log("before");
  obj.missing(1, 2);
}
run();
