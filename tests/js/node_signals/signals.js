// process.on('SIGxxx') over uv_signal and process.kill(pid, sig): a
// listener gets the signal's name; without listeners the default action
// ends the process; a signal listener alone does not keep it alive.
const cp = require('child_process');

console.log(typeof process.kill);
process.once('SIGUSR2', (name) => {
  console.log('got', name);
  process.on('SIGTERM', (n) => {
    console.log('got', n);
    // a child that kills itself with SIGINT (no listeners there)
    const r = cp.spawnSync('sh', ['-c', 'kill -INT $$; echo not reached']);
    console.log('child', r.status, r.signal, String(r.stdout));
    process.removeAllListeners('SIGTERM');
  });
  console.log(process.kill(process.pid, 'SIGTERM'));
});
console.log(process.kill(process.pid, 'SIGUSR2'));
for (const bad of [() => process.kill('x'), () => process.kill(process.pid, 'SIGNOPE'), () => process.kill(process.pid, {})]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  process.kill(2 ** 30, 0);
} catch (e) {
  console.log(e.message, e.code, e.errno, e.syscall);
}
setTimeout(() => console.log('timer done'), 100);
