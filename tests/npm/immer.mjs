// immer (ES module): produce with drafts of objects, arrays, Maps and Sets, patches, freezing.
import { produce, enablePatches, enableMapSet, applyPatches, produceWithPatches, isDraft, original, current, freeze, nothing, castDraft, createDraft, finishDraft } from 'immer';
enablePatches(); enableMapSet();
const base = { todos: [{ id: 1, done: false, text: 'a' }, { id: 2, done: true, text: 'b' }], meta: { count: 2, tags: new Set(['x']) }, index: new Map([[1, 'a']]) };
const next = produce(base, d => {
  d.todos[0].done = true;
  d.todos.push({ id: 3, done: false, text: 'c' });
  d.meta.count++;
  d.meta.tags.add('y');
  d.index.set(3, 'c');
  console.log('isDraft', isDraft(d), isDraft(base), original(d.todos[0]).done, JSON.stringify(current(d.todos[0])));
});
console.log(next !== base, next.todos[1] === base.todos[1], next.todos[0] !== base.todos[0], base.todos[0].done, next.todos.length, base.todos.length);
console.log(next.meta.count, [...next.meta.tags], [...base.meta.tags], [...next.index], Object.isFrozen(next), Object.isFrozen(next.todos[0]));
console.log(produce(base, d => {}) === base, produce(base, d => { d.meta.count = 2; }) === base);
const [n2, patches, inverse] = produceWithPatches({ a: 1, list: [1, 2, 3], o: { x: 1 } }, d => { d.a = 2; d.list.splice(1, 1); d.o.y = 2; delete d.o.x; });
console.log(JSON.stringify(n2), JSON.stringify(patches), JSON.stringify(inverse));
console.log(JSON.stringify(applyPatches(n2, inverse)), JSON.stringify(applyPatches({ a: 1 }, [{ op: 'replace', path: ['a'], value: 9 }, { op: 'add', path: ['b'], value: [1] }])));
const curried = produce((d, by) => { d.n += by; });
console.log(JSON.stringify(curried({ n: 1 }, 5)), JSON.stringify(produce([1, 2, 3], d => d.filter(x => x !== 2))), produce({ a: 1 }, () => nothing));
try { produce(base, d => { d.x = 1; return { other: true }; }); } catch (e) { console.log(e.message.slice(0, 60)); }
const frozen = freeze({ a: { b: 1 } }, true);
console.log(Object.isFrozen(frozen.a));
const draft = createDraft({ user: { name: 'a' } });
draft.user.name = 'b';
console.log(JSON.stringify(finishDraft(draft)));
class Pt { constructor(x) { this.x = x; } }
try { produce(new Pt(1), d => { d.x = 2; }); } catch (e) { console.log(e.message.slice(0, 50)); }
