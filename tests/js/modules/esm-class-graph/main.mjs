// An ES module graph of classes extending each other across files, with a
// CommonJS package from node_modules imported by name.
import { Animal } from './animal.mjs';
import { Dog, registry } from './dog.mjs';
import cjs, { makeId } from 'shapes-cjs';
const d = new Dog('rex');
console.log(d.speak(), d instanceof Animal, registry.size, Dog.count);
console.log(makeId(), makeId(), cjs.kind, import.meta.url.endsWith('main.mjs'));
class Puppy extends Dog { speak() { return super.speak() + ' (small)'; } }
console.log(new Puppy('bit').speak(), Dog.count, [...registry.keys()]);
