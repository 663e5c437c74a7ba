// A namespace's [[DefineOwnProperty]] succeeds only for a descriptor that
// changes nothing (§10.4.6.6); freezing it fails, sealing it succeeds.
// import() validates its options argument before loading anything.
import * as ns from './lib.mjs';
const t = (what, f) => { try { console.log(what, f()); } catch (e) { console.log(what, e.name, e.message); } };
t('same value:', () => Reflect.defineProperty(ns, 'x', { value: 1 }));
t('other value:', () => Reflect.defineProperty(ns, 'x', { value: 2 }));
t('writable true:', () => Reflect.defineProperty(ns, 'x', { writable: true, enumerable: true, configurable: false }));
t('writable false:', () => Reflect.defineProperty(ns, 'x', { writable: false }));
t('configurable:', () => Reflect.defineProperty(ns, 'x', { configurable: true }));
t('accessor:', () => Reflect.defineProperty(ns, 'x', { get() {} }));
t('missing:', () => Reflect.defineProperty(ns, 'y', {}));
t('Object.defineProperty:', () => Object.defineProperty(ns, 'x', { value: 3 }) === ns);
ns.setX(5);
t('after a live update:', () => Reflect.defineProperty(ns, 'x', { value: 5 }));
t('freeze:', () => Object.freeze(ns));
t('isFrozen:', () => Object.isFrozen(ns));
t('seal:', () => Object.seal(ns) === ns);
t('isSealed:', () => Object.isSealed(ns));
t('toStringTag:', () => Reflect.defineProperty(ns, Symbol.toStringTag, { value: 'Module' }));
t('toStringTag change:', () => Reflect.defineProperty(ns, Symbol.toStringTag, { value: 'M' }));
const show = (p) => p.then((m) => console.log('fulfilled', m.default), (e) => console.log('rejected', e.name, e.message));
await show(import('./data.json', { with: { type: 'json' } }));
await show(import('./data.json', null));
await show(import('./data.json', { with: 1 }));
await show(import('./data.json', { with: { type: 1 } }));
await show(import('./data.json', { get with() { throw new Error('getter'); } }));
