import def, { a, inc, b as bee } from './lib.mjs';
import * as ns from './lib.mjs';
import { greet } from './re.mjs';
console.log(def, a, bee);
inc();
console.log(a, ns.a);
console.log(ns);
console.log(greet('x'), typeof require, this);
try { a = 5; } catch (e) { console.log(e.message); }
console.log(import.meta.url.endsWith('/main.mjs'), import.meta.filename === import.meta.dirname + '/main.mjs');
import * as empty from './empty.mjs';
import Klass, { C2 as Renamed, list, obj, "string name" as sn } from './decls.mjs';
console.log(empty, Object.keys(ns), Object.prototype.toString.call(ns));
console.log(Object.isExtensible(ns), Object.getPrototypeOf(ns), ns[Symbol.toStringTag]);
try { ns.a = 3; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(new Klass().hi(), new Renamed().name, list, obj, sn);
console.log(typeof ns.inc, 'a' in ns, 'zz' in ns, delete ns.zz);
