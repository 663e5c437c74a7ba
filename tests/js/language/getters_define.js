// Property attributes, accessors, and their interaction with assignment.
'use strict';
const o = {};
Object.defineProperty(o, 'ro', { value: 1, enumerable: true });
try { o.ro = 2; } catch (e) { console.log(e.constructor.name, e.message); }
try { delete o.ro; } catch (e) { console.log(e.constructor.name, e.message); }
Object.defineProperty(o, 'acc', { get() { return 'got'; }, enumerable: false, configurable: true });
try { o.acc = 1; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(o.acc, Object.keys(o), JSON.stringify(Object.getOwnPropertyDescriptors(o)));
const frozen = Object.freeze({ a: { inner: 1 } });
frozen.a.inner = 2;
try { frozen.b = 1; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(frozen, Object.isFrozen(frozen), Object.isSealed(frozen));
const sealed = Object.seal({ s: 1 });
sealed.s = 2;
try { delete sealed.s; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(sealed);
const ne = Object.preventExtensions({ p: 1 });
try { ne.q = 1; } catch (e) { console.log(e.constructor.name, e.message); }
// inherited readonly blocks assignment
const proto = Object.defineProperty({}, 'fixed', { value: 'proto', writable: false });
const child = Object.create(proto);
try { child.fixed = 'child'; } catch (e) { console.log(e.constructor.name, e.message); }
// inherited setter is called with the receiver
const p2 = { set name(v) { this._name = v.toUpperCase(); } };
const c2 = Object.create(p2);
c2.name = 'kiln';
console.log(c2._name, Object.keys(c2));
// defineProperty changes
const d = { x: 1 };
Object.defineProperty(d, 'x', { enumerable: false });
console.log(Object.keys(d), d.x, Object.getOwnPropertyDescriptor(d, 'x'));
try { Object.defineProperty(Object.freeze({ y: 1 }), 'y', { value: 2 }); } catch (e) { console.log(e.constructor.name, e.message); }
// getters on arrays and classes
const arr = [1, 2];
Object.defineProperty(arr, 'last', { get() { return this[this.length - 1]; } });
arr.push(3);
console.log(arr.last, arr.length);
try { Object.defineProperty(arr, 'length', { value: -1 }); } catch (e) { console.log(e.constructor.name, e.message); }
