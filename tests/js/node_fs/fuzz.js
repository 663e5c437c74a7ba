// Mixed arguments to every synchronous fs function, inside a temporary
// directory: each call returns or throws an Error, and the process survives.
// (Which calls throw which code is not compared: node validates arguments in
// an order of its own per function.)
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(os.tmpdir() + '/kiln-fsz-');
const home = process.cwd();
process.chdir(dir);
const vals = [undefined, null, -1, 1.5, 99, 2 ** 40, NaN, 'a', 'b', 'sub', 'sub/c', '', 'r', 'w', 'utf8', 0o644,
  {}, { recursive: true }, { encoding: 'hex' }, { withFileTypes: true }, [], Buffer.from('b'), new Uint8Array(3), true, () => 1];
const names = ['appendFile', 'access', 'chmod', 'chown', 'close', 'copyFile', 'exists', 'fchmod', 'fchown',
  'fdatasync', 'fstat', 'fsync', 'ftruncate', 'futimes', 'lchown', 'link', 'lstat', 'lutimes', 'mkdir', 'mkdtemp',
  'open', 'read', 'readFile', 'readdir', 'readlink', 'realpath', 'rename', 'rm', 'rmdir', 'stat', 'symlink',
  'truncate', 'unlink', 'utimes', 'write', 'writeFile'].map((n) => n + 'Sync');
let seed = 11;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return (seed >>> 12) % n; };
let calls = 0, nonErrors = 0;
for (let round = 0; round < 8; round++) {
  for (const n of names) {
    const args = [vals[rnd(vals.length)], vals[rnd(vals.length)], vals[rnd(vals.length)]].slice(0, rnd(4));
    calls++;
    try { fs[n](...args); } catch (e) { if (!(e instanceof Error)) nonErrors++; }
  }
}
process.chdir(home);
fs.rmSync(dir, { recursive: true, force: true });
console.log(calls, nonErrors, fs.existsSync(dir));
