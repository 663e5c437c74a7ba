// tty: isatty, the stream constructors' errors off a terminal, and
// getColorDepth/hasColors over given environments (node 20's decisions).
const tty = require('tty');
console.log(tty.isatty(0), tty.isatty(1), tty.isatty(2), tty.isatty(-1), tty.isatty('1'), tty.isatty(1.5), tty.isatty(99), tty.isatty());
for (const f of [() => new tty.WriteStream(1), () => new tty.ReadStream(0), () => new tty.WriteStream(-1), () => tty.WriteStream('x')]) {
  try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message, Object.keys(e)); }
}
console.log(typeof tty.WriteStream.prototype.getColorDepth, tty.WriteStream.prototype.isTTY, Object.keys(tty));
const gcd = tty.WriteStream.prototype.getColorDepth;
for (const env of [{}, {TERM: 'xterm-256color'}, {TERM: 'dumb'}, {FORCE_COLOR: '0'}, {FORCE_COLOR: '3'}, {NO_COLOR: ''}, {TMUX: '1'}, {CI: '1', GITHUB_ACTIONS: 'x'}, {CI: 'true'}, {TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.1'}, {COLORTERM: 'truecolor'}, {TERM: 'screen'}, {TERM: 'linux'}, {TERM: 'con80x25'}, {COLORTERM: 'yes'}, {TEAMCITY_VERSION: '2019.1'}, {TERM: 'MOSH'}])
  console.log(JSON.stringify(env), gcd(env), tty.WriteStream.prototype.hasColors(env), tty.WriteStream.prototype.hasColors(256, env));
try { tty.WriteStream.prototype.hasColors(1, {}); } catch (e) { console.log(e.code, e.message); }
try { tty.WriteStream.prototype.hasColors('x', {}); } catch (e) { console.log(e.code, e.message); }
console.log(process.stdout.isTTY, process.stdout.columns, typeof process.stdout.getColorDepth, process.stderr.isTTY);
console.log(tty.isatty(1) === !!process.stdout.isTTY, require('node:tty') === tty);
