// export * / export * as ns / re-exported defaults and live bindings across files.
import * as all from './barrel.mjs';
import { counter, bump, Shape, square, default as def, geo } from './barrel.mjs';
console.log(Object.keys(all).sort());
console.log(counter, bump(), counter, all.counter);
console.log(new Shape('s').describe(), square(4), def());
console.log(geo.area(2), Object.prototype.toString.call(geo), Object.isFrozen(geo));
try { all.counter = 5; } catch (e) { console.log(e.constructor.name); }
const dyn = await import('./lazy.mjs');
console.log(dyn.default, dyn.later, await dyn.loadAgain());
