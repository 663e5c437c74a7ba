// commander: options of every kind, subcommands, help text, errors (exitOverride).
const { Command, Option, InvalidArgumentError, CommanderError } = require('commander');
const run = (argv, setup) => {
  const program = new Command();
  program.exitOverride().configureOutput({ writeOut: s => process.stdout.write('[out] ' + s), writeErr: s => process.stdout.write('[err] ' + s) });
  setup(program);
  try {
    program.parse(argv, { from: 'user' });
    console.log('opts', JSON.stringify(program.opts()), 'args', JSON.stringify(program.args));
  } catch (e) {
    console.log('error', e.constructor.name, e.code, e.exitCode, JSON.stringify(e.message));
  }
};
const basic = p => p.name('tool').version('1.2.3', '-V, --version').description('A test tool')
  .option('-d, --debug', 'output extra debugging').option('-p, --pizza-type <type>', 'flavour of pizza', 'margherita')
  .option('-n, --count <n>', 'a number', v => { const n = parseInt(v, 10); if (isNaN(n)) throw new InvalidArgumentError('Not a number.'); return n; }, 1)
  .option('-l, --list <items...>', 'a list').option('--no-sauce', 'remove sauce').option('-c, --cheese [type]', 'cheese', 'mozzarella')
  .addOption(new Option('-s, --size <size>', 'size').choices(['small', 'large']).default('small'))
  .addOption(new Option('--secret').hideHelp()).argument('[files...]', 'input files');
run(['-d', '-p', 'hawaiian', 'a.txt', 'b.txt'], basic);
run(['--count', '5', '-l', 'x', 'y', '--', '--not-an-option'], basic);
run(['--no-sauce', '-c', '--size', 'large', '-dn3'], basic);
run(['--cheese', 'blue', '--pizza-type=veg'], basic);
run(['--count', 'abc'], basic);
run(['--size', 'medium'], basic);
run(['--unknown'], basic);
run(['-p'], basic);
run(['-V'], basic);
run(['--help'], basic);
run(['ad', 'x', 'y'], p => {
  p.exitOverride();
  p.command('add <name> [rest...]').alias('ad').description('add things').option('-f, --force').action((name, rest, opts, cmd) => console.log('add action', name, rest, JSON.stringify(opts), cmd.name()));
  p.command('rm').argument('<path>').action(path => console.log('rm action', path));
});
run(['rm'], p => { p.command('rm').exitOverride().argument('<path>').action(() => {}); });
run(['nope'], p => { p.command('known'); p.exitOverride(); });
run(['help', 'sub'], p => { p.name('prog'); p.command('sub').description('a sub command').option('-x <v>', 'an x'); });
run(['-a', '1', '-b'], p => { p.option('-a <v>').option('-b').allowUnknownOption().passThroughOptions(); });
run(['--env', 'A=1', '--env', 'B=2'], p => p.option('--env <kv>', 'env', (v, prev) => prev.concat([v]), []));
run(['x'], p => p.argument('<first>').argument('[second]', 'second', 'dflt').action((a, b) => console.log('args', a, b)));
run([], p => p.addOption(new Option('-t, --timeout <s>').env('KILN_UNSET_TEST_VAR').default(60, 'one minute').argParser(Number)));
run(['-v', '-v', '-v'], p => p.option('-v, --verbose', 'verbosity', (_, prev) => prev + 1, 0));
const help = new Command('app').description('app desc').option('-q, --quiet', 'be quiet').argument('<src>', 'source').addHelpText('after', '\nExample: app x');
help.command('serve').description('serve it');
console.log(help.helpInformation());
console.log(new CommanderError(2, 'c.code', 'msg').exitCode, typeof new Command().parseAsync);
