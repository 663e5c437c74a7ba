// chalk@4 at level 3 and 0 (instances), chains, nesting, rgb/hex/ansi256, templates.
const chalk = require('chalk');
const c3 = new chalk.Instance({ level: 3 }), c1 = new chalk.Instance({ level: 1 }), c0 = new chalk.Instance({ level: 0 });
const j = s => JSON.stringify(s);
console.log(j(c3.red('r')), j(c3.bold.underline.blue('chain')), j(c3.bgYellow.black(' warn ')), j(c3.red('a', 'b', 3)));
console.log(j(c3.red(`x ${c3.green('nested')} y`)), j(c3.dim.italic.strikethrough('multi')), j(c3.inverse.hidden('h')), j(c3.visible('v')));
console.log(j(c3.rgb(255, 136, 0)('rgb')), j(c3.hex('#ff8800').bold('hex')), j(c3.bgHex('#123').white('bghex')), j(c3.ansi256(201)('256')), j(c3.keyword('orange')('kw')));
console.log(j(c1.rgb(255, 136, 0)('rgb downsampled')), j(c1.hex('#00ff00')('green16')), j(c0.red.bold('none')), j(c0.hex('#fff')('none2')));
console.log(j(c3.red('line1\nline2')), j(c3.red('')), j(c3.blue()), j(c3.yellow(null)), j(c3`{bold.red hot} and {green cold {underline deep}}`));
console.log(j(c3.redBright.bgBlueBright('bright')), j(c3.gray('gray')), j(c3.grey('grey')), j(c3.blackBright('bb')), c3.level, c0.level);
try { new chalk.Instance({ level: 7 }); } catch (e) { console.log(e.message); }
try { c3`{unknownstyle text}`; } catch (e) { console.log(e.message); }
console.log(typeof chalk.supportsColor, chalk.stderr ? 'stderr ok' : '');
