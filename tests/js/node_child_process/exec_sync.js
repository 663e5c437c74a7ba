// child_process.execSync and execFileSync: results and node's
// "Command failed" errors (the child's stderr goes to our stderr).
const cp = require('child_process');

console.log(cp.execSync('echo hello'));
console.log(JSON.stringify(cp.execSync('echo $((1 + 2))', { encoding: 'utf8' })));
console.log(cp.execSync('cat', { input: 'from input' }).toString());
console.log(cp.execSync('pwd', { cwd: '/tmp', encoding: 'utf8' }).trim());
console.log(cp.execSync('echo "$K"', { env: { K: 'v' }, encoding: 'latin1' }));
console.log(cp.execSync('echo inherit', { stdio: 'inherit' }));
console.log(cp.execSync('echo $0', { shell: '/bin/sh', encoding: 'utf8' }));
console.log(cp.execFileSync('echo', ['a', 'b c']).toString());
console.log(cp.execFileSync('sh', ['-c', 'printf %s "$0"', 'x y'], { encoding: 'utf8' }));
console.log(cp.execFileSync('cat', { input: Buffer.from('buf'), encoding: 'utf8' }));

function fail(f) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    const keys = Object.keys(e);
    console.log(e.constructor.name, JSON.stringify(e.message), keys);
    console.log('  status', e.status, 'signal', e.signal, 'code', e.code,
                'stdout', JSON.stringify(String(e.stdout)), 'stderr', JSON.stringify(String(e.stderr)));
  }
}
fail(() => cp.execSync('echo out; echo bad >&2; exit 2', { stdio: 'pipe' }));
fail(() => cp.execSync('exit 5', { encoding: 'utf8' }));
fail(() => cp.execSync('echo only-out; exit 1', { stdio: ['pipe', 'pipe', 'ignore'] }));
fail(() => cp.execSync('kill -TERM $$'));
fail(() => cp.execSync('sleep 5', { timeout: 50 }));
fail(() => cp.execFileSync('false'));
fail(() => cp.execFileSync('sh', ['-c', 'echo e1 >&2; exit 7'], { stdio: 'pipe' }));
fail(() => cp.execFileSync('nosuchcmd-kiln', ['x']));
fail(() => cp.execSync(42));
fail(() => cp.execFileSync('echo', ['x'], 'bad'));
