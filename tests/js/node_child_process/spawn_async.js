// child_process.spawn: ChildProcess events in node's order, pid/exitCode/
// signalCode, kill(), stdin/stdout/stderr as streams.
const cp = require('child_process');

function run(i) {
  if (i >= steps.length) return;
  steps[i](() => run(i + 1));
}

const steps = [
  (next) => {
    const c = cp.spawn('sh', ['-c', 'echo out1; echo err1 >&2; exit 4']);
    console.log('pid', typeof c.pid, 'exitCode', c.exitCode, 'signalCode', c.signalCode, 'killed', c.killed);
    console.log('spawnfile', c.spawnfile, 'spawnargs', c.spawnargs, c instanceof require('events'));
    console.log('stdio', c.stdio.length, c.stdin === c.stdio[0], c.stdout === c.stdio[1], c.stderr === c.stdio[2]);
    const events = [];
    let out = '', err = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (err += d));
    c.stdout.on('end', () => events.push('stdout end'));
    c.on('spawn', () => console.log('spawn event', c.exitCode));
    c.on('exit', (code, sig) => events.push(`exit ${code} ${sig} ${c.exitCode}`));
    c.on('close', (code, sig) => {
      console.log('close', code, sig, JSON.stringify(out), JSON.stringify(err));
      console.log(events.sort());
      next();
    });
  },
  (next) => {
    const c = cp.spawn('cat');
    c.stdout.setEncoding('utf8');
    const chunks = [];
    c.stdout.on('data', (d) => chunks.push(typeof d));
    let all = '';
    c.stdout.on('data', (d) => (all += d));
    c.stdin.write('line one\n');
    c.stdin.write(Buffer.from('line two\n'));
    c.stdin.end('h\u00e9\n', () => console.log('stdin finished'));
    c.on('close', (code) => {
      console.log('cat', code, JSON.stringify(all), [...new Set(chunks)]);
      next();
    });
  },
  (next) => {
    const c = cp.spawn('sleep', ['10']);
    c.on('exit', (code, sig) => console.log('killed exit', code, sig, c.killed, c.signalCode, c.exitCode));
    c.on('close', (code, sig) => {
      console.log('killed close', code, sig);
      next();
    });
    console.log('kill returns', c.kill());
  },
  (next) => {
    const c = cp.spawn('sleep', ['10']);
    c.on('exit', (code, sig) => {
      console.log('SIGKILL exit', code, sig);
      console.log('kill after exit', c.kill());
      next();
    });
    c.kill('SIGKILL');
    try {
      c.kill('SIGBOGUS');
    } catch (e) {
      console.log(e.code, e.message);
    }
  },
  (next) => {
    const c = cp.spawn('nosuchcmd-kiln', ['a']);
    console.log('enoent pid', c.pid);
    c.on('spawn', () => console.log('no spawn event expected'));
    c.on('exit', () => console.log('no exit expected'));
    c.on('error', (e) => {
      console.log('error', e.message, e.code, e.errno, e.syscall, e.path, e.spawnargs);
    });
    c.on('close', (code, sig) => {
      console.log('enoent close', code, sig);
      next();
    });
  },
  (next) => {
    const c = cp.spawn('echo $((2 + 3))', { shell: true, stdio: ['ignore', 'pipe', 'inherit'] });
    console.log('stdin null', c.stdin, c.stdio[2]);
    c.stdout.pipe(process.stdout);
    c.on('close', (code) => {
      console.log('shell close', code);
      next();
    });
  },
  (next) => {
    const c = cp.spawn('sh', ['-c', 'echo $V; pwd'], { env: { V: 'env-v' }, cwd: '/' });
    let s = '';
    c.stdout.on('data', (d) => (s += d));
    c.on('close', () => {
      console.log(JSON.stringify(s));
      next();
    });
  },
  (next) => {
    // nobody reads stdout: it is drained, so 'close' still comes
    const c = cp.spawn('sh', ['-c', 'echo unread; echo unread >&2']);
    c.on('close', (code) => {
      console.log('unread close', code);
      next();
    });
  },
  (next) => {
    const c = cp.spawn('sleep', ['10'], { timeout: 50 });
    c.on('exit', (code, sig) => {
      console.log('timeout exit', code, sig);
      next();
    });
  },
  (next) => {
    const a = cp.spawn('echo', ['piped through cat']);
    const b = cp.spawn('cat');
    a.stdout.pipe(b.stdin);
    let s = '';
    b.stdout.on('data', (d) => (s += d));
    b.on('close', () => {
      console.log('pipe', JSON.stringify(s));
      next();
    });
  },
  (next) => {
    (async () => {
      const c = cp.spawn('printf', ['a\\nb\\n']);
      let s = '';
      for await (const chunk of c.stdout) s += chunk;
      console.log('for await', JSON.stringify(s));
      next();
    })();
  },
];
run(0);
