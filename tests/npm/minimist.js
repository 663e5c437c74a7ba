// minimist: argv parsing with every option kind.
const parse = require('minimist');
const show = (args, opts) => console.log(JSON.stringify(parse(args, opts)));

show(['-a', 'beep', '-b', 'boop']);
show(['-x', '3', '-y', '4', '-n5', '-abc', '--beep=boop', 'foo', 'bar', 'baz']);
show(['--no-color', '--flag', '-v', '-vv', '--num', '0x10', '--neg', '-5', '--float', '1.5e3']);
show(['-f', '--', '-a', '--b', 'c']);
show(['-t', 'moo', 'x', '--no-x', '--y', 'false'], { boolean: ['t', 'x'], default: { z: 'zz' } });
show(['--name', 'n', '-s', 'str', '-b'], { string: ['name', 's', 'missing'], boolean: 'b', alias: { n: 'name', s: ['str', 'S'] } });
show(['--a.b.c', '1', '--a.b.d=two', '--x.y'], {});
show(['-a', '1', '-a', '2', '--list', 'x', '--list=y']);
show(['--', 'x', '-y'], { '--': true });
show(['--verbose', 'file1', 'file2', '-q'], { stopEarly: true });
show(['-ab5', '-c', 'd'], { boolean: 'a' });
show(['--unknown', 'x', '--known', 'y', 'z'], { string: 'known', unknown: a => { console.log('unknown:', a); return a === 'z'; } });
show(['-h'], { alias: { h: 'help' }, boolean: 'help', default: { help: false, level: 1 } });
show([]);
show(['--key', '--other', 'v', '-', 'last']);
show(['-123', '--=x', '---triple', 'v']);
show(['--bool', 'true', '--bool2', 'false'], { boolean: ['bool', 'bool2'] });
