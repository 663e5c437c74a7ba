// Anonymous default exports: the local binding is *default*, and the
// function or class gets the name "default" (§16.2.3.7, SetFunctionName);
// `export default (class {})` and arrows get it too, through
// NamedEvaluation of the AssignmentExpression.
import C from './cls.mjs';
import fn from './fn.mjs';
import afn from './afn.mjs';
import gen from './gen.mjs';
import agen from './agen.mjs';
import arrow from './arrow.mjs';
import expr from './expr.mjs';
import named, { early } from './named.mjs';
import hoisted, { seen } from './hoisted.mjs';
import * as ns from './fn.mjs';

console.log(C, C.name, new C().hi());
console.log(fn, fn.name, fn());
console.log(afn, afn.name);
console.log(gen, gen.name, [...gen()]);
console.log(agen, agen.name);
console.log(arrow, arrow.name, arrow());
console.log(expr, expr.name);
console.log(named, named.name, named(), early);
console.log(hoisted, hoisted.name, seen);
console.log(ns);
console.log(Object.getOwnPropertyDescriptor(fn, 'name'));
console.log(new C());
console.log(typeof C.prototype.hi, fn.length, Object.keys(C));
afn().then(v => console.log('afn ->', v));
(async () => { for await (const x of agen()) console.log('agen ->', x); })();
