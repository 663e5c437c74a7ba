import * as b from './b.mjs';
// b has not run yet (b imports this module first, so we run before it):
// its let, const and class exports are in their TDZ, its functions and vars
// are not.
function probe(what, f) {
  try { console.log(what, f()); } catch (e) { console.log(what, e.name + ': ' + e.message); }
}
probe('get let:', () => b.late);
probe('get const:', () => b.K);
probe('get class:', () => b.C);
probe('get default:', () => b.default);
probe('get var:', () => b.v);
probe('get function:', () => typeof b.f);
probe('computed get:', () => b['late']);
probe('in:', () => 'late' in b);
probe('hasOwn:', () => Object.prototype.hasOwnProperty.call(b, 'late'));
probe('getOwnPropertyDescriptor:', () => Object.getOwnPropertyDescriptor(b, 'K'));
probe('Reflect.ownKeys:', () => Reflect.ownKeys(b).length);
probe('Object.keys:', () => Object.keys(b));
probe('Reflect.get:', () => Reflect.get(b, 'late'));
probe('Reflect.has:', () => Reflect.has(b, 'late'));
probe('delete:', () => Reflect.deleteProperty(b, 'late'));
probe('via prototype:', () => Object.create(b).late);
probe('typeof:', () => typeof b.late);
probe('destructure:', () => { const { late } = b; return late; });
probe('missing:', () => b.nope);
console.log(b);
export function fromA() { return 'A'; }
