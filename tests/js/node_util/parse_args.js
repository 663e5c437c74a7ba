// util.parseArgs: long and short options, groups, inline values,
// multiple, defaults, positionals, the terminator, tokens, strict errors.
const { parseArgs } = require('node:util');
const options = {
  verbose: { type: 'boolean', short: 'v' },
  file: { type: 'string', short: 'f' },
  tag: { type: 'string', short: 't', multiple: true },
  level: { type: 'string', default: 'info' },
  color: { type: 'boolean', default: false },
  x: { type: 'boolean', short: 'x' },
};
function t(args, extra = {}) {
  try {
    console.log(JSON.stringify(args), parseArgs({ args, options, ...extra }));
  } catch (e) {
    console.log(JSON.stringify(args), e.name, e.code, JSON.stringify(e.message));
  }
}
t(['--verbose', '--file', 'a.txt']);
t(['-v', '-f', 'b.txt', '-t', 'one', '--tag=two', '--tag', 'three']);
t(['-vx']);
t(['-vfc.txt']);
t(['-fvalue']);
t(['--file=x=y', '--level=debug', '--color']);
t(['--file=']);
t(['pos'], { allowPositionals: true });
t(['a', '--', '--verbose', '-f'], { allowPositionals: true });
t(['pos']);
t(['--unknown']);
t(['--unknown'], { allowPositionals: true });
t(['-u']);
t(['--file']);
t(['-f']);
t(['--verbose=yes']);
t(['--file', '--verbose']);
t(['-f', '-v']);
t(['-f', '-']);
t(['--unknown', 'val', '-z', '--bool=1', 'pos', '--file'], { strict: false });
t(['-v', 'p', '--file', 'f', '--', 'q'], { tokens: true, allowPositionals: true });
t(['-vx', '-ft'], { tokens: true });
t(['--__proto__', 'x'], { strict: false });
for (const c of [{ options: { x: { type: 'x' } } }, { options: { x: { type: 'string', short: 'ab' } } },
  { options: { x: { type: 'string', multiple: 1 } } }, { options: { x: { type: 'string', default: 1 } } },
  { options: { x: { type: 'boolean', default: 'a' } } }, { options: { x: { type: 'string', multiple: true, default: [1] } } },
  { args: 'a' }, { args: [1] }, { strict: 1 }, { options: { x: 5 } }, { tokens: 'y' }]) {
  try { parseArgs(c); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(parseArgs({ args: [], options: { m: { type: 'string', multiple: true, default: ['d'] } } }));
console.log(parseArgs());
