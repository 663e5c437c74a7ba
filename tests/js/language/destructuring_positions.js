// Destructuring in every position, with defaults, holes, rest and computed keys.
const { a, b: { c = 'dc' } = {}, ...others } = { a: 1, b: {}, x: 2, y: 3 };
console.log(a, c, others);
const [p, , q = 'dq', ...rs] = [10, 20, undefined, 40, 50];
console.log(p, q, rs);
let k = 'dyn';
const { [k + 'amic']: dynamic, [`t${1 + 1}`]: t2 = 'none' } = { dynamic: 'D' };
console.log(dynamic, t2);
function params({ x, y = x * 2 } = {}, [z, ...w] = [9, 8, 7], ...more) { return [x, y, z, w, more]; }
console.log(params(), params({ x: 3 }, [1], 'm1', 'm2'));
const arrow = ([a1, b1], { c1 }) => a1 + b1 + c1;
console.log(arrow([1, 2], { c1: 3 }));
for (const [key, { v }] of Object.entries({ one: { v: 1 }, two: { v: 2 } })) console.log(key, v);
for (const { length, 0: first } of ['abc', 'de']) console.log(length, first);
let m, n;
[m, n] = [n, m] = [1, 2];
console.log(m, n);
const o = {};
({ a: o.prop, b: o['computed'], c: [o.arr] = ['arr-default'] } = { a: 'A', b: 'B' });
console.log(o);
const arr = [];
[arr[0], arr[1] = 'def'] = ['zero'];
console.log(arr);
try { const { z } = null; } catch (e) { console.log(e.constructor.name); }
try { const [z] = {}; } catch (e) { console.log(e.constructor.name, e.message); }
// defaults are evaluated lazily and in order
let calls = 0;
const [d1 = ++calls, d2 = ++calls] = [5];
console.log(d1, d2, calls);
// catch parameter destructuring
try { throw { code: 42, detail: { msg: 'deep' } }; } catch ({ code, detail: { msg } }) { console.log(code, msg); }
// strings and iterables
const [s1, s2, ...srest] = 'héllo';
console.log(s1, s2, srest);
const [g1, g2] = new Set(['x', 'y', 'z']);
const [[mk, mv]] = new Map([['mk', 'mv']]);
console.log(g1, g2, mk, mv);
// rest object excludes symbols? no: own enumerable symbols are copied
const sym = Symbol('s');
const { ...withSym } = { [sym]: 1, plain: 2 };
console.log(withSym);
