// WeakRef and FinalizationRegistry: construction, deref of a live target,
// register/unregister bookkeeping, and the argument errors (collection
// itself is up to the collector, so no output depends on it).
const target = { name: 'kept' };
const ref = new WeakRef(target);
console.log(ref.deref() === target, ref.deref().name, ref, Object.prototype.toString.call(ref));
const symRef = new WeakRef(Symbol('local'));
console.log(typeof symRef.deref(), WeakRef.length, WeakRef.name, typeof WeakRef.prototype.deref);
class Tagged extends WeakRef { constructor(t, tag) { super(t); this.tag = tag; } }
const tr = new Tagged(target, 't1');
console.log(tr.deref() === target, tr.tag, tr instanceof WeakRef);
const calls = [];
const registry = new FinalizationRegistry((held) => calls.push(held));
const token = {};
console.log(registry.register(target, 'held-1', token), registry.register({}, 'held-2'), registry.register(Symbol('s'), 3));
console.log(registry.unregister(token), registry.unregister(token), registry.unregister({}), registry);
console.log(Object.prototype.toString.call(registry), FinalizationRegistry.length, Object.getOwnPropertyNames(FinalizationRegistry.prototype).sort());
const errors = [
  () => new WeakRef(1), () => WeakRef({}), () => new WeakRef(Symbol.for('registered')),
  () => WeakRef.prototype.deref.call({}), () => new FinalizationRegistry(1), () => FinalizationRegistry(() => {}),
  () => registry.register(1), () => registry.register(target, target), () => registry.register({}, 1, 5),
  () => registry.unregister(1), () => FinalizationRegistry.prototype.register.call({}, {}),
];
for (const f of errors) try { f(); console.log('no throw'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
setTimeout(() => console.log('cleanups seen before exit are up to the collector:', Array.isArray(calls)), 0);
