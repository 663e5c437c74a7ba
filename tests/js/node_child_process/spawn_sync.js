// child_process.spawnSync: results, options and errors as node 20 gives them.
const cp = require('child_process');

function show(label, r) {
  if (r === null || typeof r !== 'object' || Array.isArray(r) || Buffer.isBuffer(r)) {
    console.log(label, r);
    return;
  }
  const o = { ...r };
  if (o.pid !== undefined) o.pid = typeof o.pid;
  if (o.error) o.error = `${o.error.message} ${o.error.code} ${o.error.errno} ${o.error.syscall} ${o.error.path} [${o.error.spawnargs}]`;
  console.log(label, o);
}

show('echo', cp.spawnSync('echo', ['hello', 'world']));
show('exit3', cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']));
show('utf8', cp.spawnSync('sh', ['-c', 'printf "h\\303\\251llo"'], { encoding: 'utf8' }));
show('hex', cp.spawnSync('printf', ['AB'], { encoding: 'hex' }));
show('input', cp.spawnSync('cat', { input: 'piped in\n', encoding: 'utf8' }));
show('input-buffer', cp.spawnSync('cat', [], { input: Buffer.from([0x61, 0x62]) }).stdout);
show('input-view', cp.spawnSync('cat', [], { input: new Uint8Array([0x63, 0x64]), encoding: 'latin1' }).stdout);
show('cwd', cp.spawnSync('pwd', { cwd: '/', encoding: 'utf8' }).stdout);
show('env', cp.spawnSync('sh', ['-c', 'echo "$FOO-$BAR"'], { env: { FOO: 'foo', BAR: 1 }, encoding: 'utf8' }).stdout);
show('shell', cp.spawnSync('echo $((6 * 7)) | cat', { shell: true, encoding: 'utf8' }).stdout);
show('shell-string', cp.spawnSync('echo', ['a', 'b'], { shell: '/bin/sh', encoding: 'utf8' }).stdout);
show('argv0', cp.spawnSync('sh', ['-c', 'echo $0'], { argv0: 'myname', encoding: 'utf8' }).stdout);
show('ignore', cp.spawnSync('echo', ['x'], { stdio: 'ignore' }));
show('array', cp.spawnSync('sh', ['-c', 'echo o; echo e >&2'], { stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' }));
console.log('before inherit');
show('inherit', cp.spawnSync('echo', ['inherited'], { stdio: 'inherit' }));
show('inherit-1', cp.spawnSync('echo', ['inherited too'], { stdio: [0, 1, 'pipe'] }).output);
show('false', cp.spawnSync('false'));
show('true', cp.spawnSync('true'));
show('signal', cp.spawnSync('sh', ['-c', 'kill -9 $$']));
show('enoent', cp.spawnSync('nosuchcmd-kiln', ['a', 'b']));
show('enoent-cwd', cp.spawnSync('echo', { cwd: '/nonexistent-kiln-dir' }));

const t = cp.spawnSync('sleep', ['5'], { timeout: 50 });
console.log('timeout', t.error.code, t.error.message, t.status, t.signal);
const k = cp.spawnSync('sleep', ['5'], { timeout: 50, killSignal: 'SIGKILL' });
console.log('killSignal', k.error.code, k.status, k.signal);
const k2 = cp.spawnSync('sleep', ['5'], { timeout: 50, killSignal: 2 });
console.log('killSignal number', k2.signal);
const m = cp.spawnSync('sh', ['-c', 'yes | head -c 200000'], { maxBuffer: 100 });
console.log('maxBuffer', m.error.code, m.error.message, m.status, m.signal);
const ok = cp.spawnSync('sh', ['-c', 'yes | head -c 200000'], { maxBuffer: Infinity });
console.log('maxBuffer Infinity', ok.error, ok.stdout.length);

for (const bad of [
  () => cp.spawnSync(42),
  () => cp.spawnSync(''),
  () => cp.spawnSync('echo', 'x'),
  () => cp.spawnSync('echo', [], 'x'),
  () => cp.spawnSync('echo', ['a\u0000b']),
  () => cp.spawnSync('echo', { cwd: 1 }),
  () => cp.spawnSync('echo', { shell: 1 }),
  () => cp.spawnSync('echo', { timeout: -1 }),
  () => cp.spawnSync('echo', { timeout: 1.5 }),
  () => cp.spawnSync('echo', { maxBuffer: 'x' }),
  () => cp.spawnSync('echo', { killSignal: 'SIGNOPE' }),
  () => cp.spawnSync('echo', { killSignal: true }),
  () => cp.spawnSync('echo', { stdio: 'bogus' }),
  () => cp.spawnSync('cat', { input: 42 }),
  () => cp.spawnSync('echo', { uid: 'x' }),
  () => cp.spawnSync('echo', { detached: 1 }),
]) {
  try {
    bad();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
