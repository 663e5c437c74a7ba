// deepmerge: objects, arrays, custom array merge, clone, isMergeableObject, all.
const merge = require('deepmerge');
const x = { foo: { bar: 3 }, array: [{ does: 'work', too: [1, 2, 3] }], shared: { a: 1 } };
const y = { foo: { baz: 4 }, quux: 5, array: [{ does: 'work', too: [4, 5, 6] }, { really: 'yes' }], shared: { b: 2 } };
const m = merge(x, y);
console.log(JSON.stringify(m));
console.log(m.shared !== x.shared, m.foo !== y.foo, x.foo.baz === undefined);
const overwrite = (dst, src) => src;
console.log(JSON.stringify(merge([1, 2, 3], [3, 2, 1], { arrayMerge: overwrite })));
const combine = (target, source, options) => {
  const out = target.slice();
  source.forEach((item, i) => {
    if (typeof out[i] === 'undefined') out[i] = options.cloneUnlessOtherwiseSpecified(item, options);
    else if (options.isMergeableObject(item)) out[i] = merge(target[i], item, options);
    else if (target.indexOf(item) === -1) out.push(item);
  });
  return out;
};
console.log(JSON.stringify(merge([{ a: true }], [{ b: true }, 'ah yup'], { arrayMerge: combine })));
console.log(JSON.stringify(merge.all([{ a: 1 }, { b: 2 }, { c: { d: 3 } }, { c: { e: 4 } }])));
try { merge.all('no'); } catch (e) { console.log(e.message); }
class Thing { constructor(v) { this.v = v; } }
const t = new Thing(1);
const r = merge({ t: { old: 1 } }, { t }, { isMergeableObject: v => v && typeof v === 'object' && !(v instanceof Thing) });
console.log(r.t === t, r.t instanceof Thing);
const r2 = merge({ t: { old: 1 } }, { t });
console.log(r2.t === t, JSON.stringify(r2.t));
const src = { nested: { list: [1, { z: 1 }] } };
const c1 = merge({}, src), c2 = merge({}, src, { clone: false });
console.log(c1.nested !== src.nested, c2.nested === src.nested, c1.nested.list !== src.nested.list);
const sym = Symbol('s');
const ms = merge({ [sym]: { a: 1 } }, { [sym]: { b: 2 } });
console.log(JSON.stringify(ms[sym]));
const customMerge = key => key === 'name' ? (a, b) => a.first + ' & ' + b.first : undefined;
console.log(JSON.stringify(merge({ name: { first: 'A' }, o: { k: 1 } }, { name: { first: 'B' }, o: { j: 2 } }, { customMerge })));
const evil = JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}');
const safe = merge({}, evil);
console.log(({}).polluted, safe.ok);
console.log(JSON.stringify(merge({ a: [1] }, { a: 'str' })), JSON.stringify(merge({ a: 'str' }, { a: { b: 1 } })));
console.log(JSON.stringify(merge({ d: new Date(0) }, {})), merge({ re: /x/g }, {}).re.source);
