// yargs@17: options, types, commands with positionals, validation failures, help text.
const yargs = require('yargs/yargs');
const run = (argv, setup) => {
  const y = setup(yargs(argv).scriptName('tool').wrap(80).exitProcess(false).fail((msg, err) => { console.log('fail:', msg || (err && err.message)); }));
  try {
    const a = y.parseSync();
    const shown = Object.fromEntries(Object.entries(a).filter(([k]) => k !== '$0'));
    console.log('argv', JSON.stringify(shown));
  } catch (e) { console.log('threw', e.name, e.message); }
};
const base = y => y.option('verbose', { alias: 'v', type: 'count', describe: 'more output' })
  .option('name', { alias: 'n', type: 'string', default: 'anon', describe: 'your name' })
  .option('size', { type: 'number', choices: [1, 2, 3] })
  .option('tags', { type: 'array' }).option('dry-run', { type: 'boolean' })
  .option('mode', { choices: ['fast', 'slow'], default: 'fast' }).strict();
run(['-vv', '--name', 'ann', '--size', '2', '--tags', 'a', 'b', '--dry-run'], base);
run(['--no-dry-run', '-n', 'x', 'pos1', '--', '--raw'], base);
run(['--size', '9'], base);
run(['--unknown-flag'], base);
run(['--mode', 'medium'], base);
run(['--name'], base);
run(['serve', '8080', '--host', 'h'], y => y.command('serve <port> [dir]', 'start a server', b => b.positional('port', { type: 'number' }).positional('dir', { default: '.' }).option('host', { default: 'localhost' }), a => console.log('serve handler', a.port, a.dir, a.host)).demandCommand(1));
run([], y => y.command('a', 'cmd a').demandCommand(1, 'need a command'));
run(['a', '--x', '1'], y => y.command('a', 'cmd a', b => b.option('x', { type: 'number', demandOption: true }).check(a => { if (a.x < 5) throw new Error('x too small'); return true; })));
run(['--a', '1', '--b', '2'], y => y.conflicts('a', 'b'));
run(['--c'], y => y.implies('c', 'd'));
run(['--foo.bar', '1', '--foo.baz=two', '-xyz', '--no-color', '--n=0x10', '--s', '007'], y => y.option('s', { type: 'string' }));
run(['--coerce', 'a,b,c'], y => y.option('coerce', { coerce: s => s.split(',').reverse() }));
run(['--help'], y => base(y).usage('$0 [options]').example('$0 -v', 'be verbose').epilog('the end').version(false));
run(['serve', '--help'], y => y.command('serve <port>', 'start a server', b => b.positional('port', { describe: 'port to bind', type: 'number' })).version(false));
const parser = require('yargs-parser');
console.log(JSON.stringify(parser('--foo=bar -abc --num 5 --no-thing x y -- z', { configuration: { 'camel-case-expansion': true } })));
console.log(JSON.stringify(parser.detailed(['--a-b', '1'], { alias: { 'a-b': ['ab'] } }).argv));
