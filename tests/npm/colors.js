// picocolors and kleur with colors forced on and off.
const pc = require('picocolors');
const kleur = require('kleur');
const on = pc.createColors(true), off = pc.createColors(false);
const j = s => JSON.stringify(s);
console.log(j(on.red('red')), j(off.red('red')), on.isColorSupported, off.isColorSupported);
console.log(j(on.bold(on.underline('bu'))), j(on.bgBlue(on.white(' x '))), j(on.dim('d') + on.italic('i') + on.inverse('v')));
console.log(j(on.red('a' + on.blue('b') + 'c')), j(on.bold('x' + on.dim('y') + 'z')), j(on.reset('r')), j(on.strikethrough('s')));
console.log(j(on.gray(42)), j(on.green(null)), j(on.yellow('')), j(on.cyan(undefined)), j(on.magentaBright('mb')), j(on.bgRedBright('bb')));
const names = Object.keys(on).filter(k => typeof on[k] === 'function' && k !== 'createColors').sort();
console.log(names.length, names.join(','));
console.log(names.map(n => j(on[n]('.'))).join(' '));
kleur.enabled = true;
console.log(j(kleur.red('r')), j(kleur.bold().red().underline('chain')), j(kleur.bgGreen().black('bg')));
console.log(j(kleur.red(`a ${kleur.yellow('nested')} b`)), j(kleur.white().bgBlue(5)), typeof kleur.green());
const k2 = kleur.bold().blue;
console.log(j(k2('part')), j(kleur.reset().red('x')), j(kleur.hidden('h')), j(kleur.dim().italic().inverse('multi')));
kleur.enabled = false;
console.log(j(kleur.red('plain')), j(kleur.bold().red('plain2')));
