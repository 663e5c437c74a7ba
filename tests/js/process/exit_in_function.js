// process.exit from deep inside calls and try/finally does not run the finally.
function deep(n) {
  if (n === 0) {
    try { process.exit(4); } finally { console.log("finally should not print"); }
  }
  deep(n - 1);
}
console.log("start");
deep(10);
