// child_process.exec and execFile: callbacks (error, stdout, stderr),
// node's "Command failed" errors, maxBuffer, timeout, util.promisify.
const cp = require('child_process');
const util = require('util');

function errInfo(e) {
  if (!e) return e;
  return { message: e.message, code: e.code, killed: e.killed, signal: e.signal, cmd: e.cmd };
}

const steps = [
  (next) => cp.exec('echo hello; echo warn >&2', (err, stdout, stderr) => {
    console.log('exec', err, JSON.stringify(stdout), JSON.stringify(stderr));
    next();
  }),
  (next) => cp.exec('echo partial; echo oops >&2; exit 3', (err, stdout, stderr) => {
    console.log('exec fail', err instanceof Error, errInfo(err), JSON.stringify(stdout), JSON.stringify(stderr));
    next();
  }),
  (next) => cp.exec('printf ab', { encoding: 'buffer' }, (err, stdout, stderr) => {
    console.log('buffer', err, stdout, stderr);
    next();
  }),
  (next) => cp.exec('echo $X', { env: { X: 'from env' } }, (err, stdout) => {
    console.log('env', JSON.stringify(stdout));
    next();
  }),
  (next) => cp.execFile('echo', ['file', 'args'], (err, stdout) => {
    console.log('execFile', err, JSON.stringify(stdout));
    next();
  }),
  (next) => cp.execFile('sh', ['-c', 'exit 9'], (err) => {
    console.log('execFile fail', errInfo(err));
    next();
  }),
  (next) => cp.execFile('nosuchcmd-kiln', ['q'], (err, stdout, stderr) => {
    console.log('execFile enoent', err.message, err.code, err.errno, err.syscall, err.path, err.spawnargs, err.cmd,
                JSON.stringify(stdout), JSON.stringify(stderr));
    next();
  }),
  (next) => cp.exec('exec sleep 10', { timeout: 50 }, (err, stdout) => {
    console.log('timeout', errInfo(err), JSON.stringify(stdout));
    next();
  }),
  (next) => cp.exec('exec sleep 10', { timeout: 50, killSignal: 'SIGKILL' }, (err) => {
    console.log('timeout SIGKILL', errInfo(err));
    next();
  }),
  (next) => cp.exec('yes | head -c 100000', { maxBuffer: 10 }, (err, stdout) => {
    console.log('maxBuffer', err.name, err.code, err.message, JSON.stringify(stdout));
    next();
  }),
  (next) => {
    const c = cp.exec('cat', (err, stdout) => {
      console.log('exec stdin', err, JSON.stringify(stdout));
      next();
    });
    c.stdin.end('to cat');
  },
  (next) => {
    // kill once the shell runs: a signal that arrives while the child is
    // still starting can leave the pipes open until sleep ends (node too)
    const c = cp.exec('echo started; exec sleep 10', (err, stdout) => {
      console.log('killed', errInfo(err), JSON.stringify(stdout));
      next();
    });
    c.stdout.once('data', () => c.kill());
  },
  async (next) => {
    const exec = util.promisify(cp.exec);
    const r = await exec('echo promised');
    console.log('promisify', r);
    try {
      await exec('echo o; echo e >&2; exit 2');
    } catch (e) {
      console.log('promisify reject', e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr));
    }
    const execFile = util.promisify(cp.execFile);
    console.log('promisify execFile', await execFile('echo', ['x']));
    next();
  },
  (next) => {
    for (const bad of [
      () => cp.exec(1),
      () => cp.execFile('echo', [], 'x'),
      () => cp.execFile('echo', [], {}, 'notfn'),
      () => cp.exec('echo', { timeout: -5 }),
      () => cp.exec('echo', { maxBuffer: -1 }),
      () => cp.spawn('echo', { killSignal: 'NOPE' }),
    ]) {
      try {
        bad();
        console.log('no error');
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
    }
    next();
  },
];

function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
}
run(0);
