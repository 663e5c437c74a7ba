// ArraySpeciesCreate: map/filter/slice/splice/concat/flat/flatMap build their
// result through constructor[Symbol.species].
class Tagged extends Array {}
const t = Tagged.from([3, 1, 2]);
for (const [name, r] of [
  ['map', t.map((x) => x * 2)], ['filter', t.filter((x) => x > 1)], ['slice', t.slice(1)],
  ['splice', t.slice().splice(0, 1)], ['concat', t.concat([9])], ['flat', t.flat()],
  ['flatMap', t.flatMap((x) => [x, x])],
]) console.log(name, r instanceof Tagged, r.constructor.name, [...r]);
console.log(Array[Symbol.species] === Array, Object.getOwnPropertyDescriptor(Array, Symbol.species).get.name);
class Plain extends Array { static get [Symbol.species]() { return Array; } }
const p = Plain.of(1, 2);
console.log(p.map((x) => x) instanceof Plain, p.filter(() => true).constructor === Array);
// species returning a non-array object: results are defined on it
class Weird extends Array {
  static get [Symbol.species]() {
    return function (n) { this.created = n; };
  }
}
const w = Weird.from([1, 2, 3]);
const m = w.map((x) => x + 1);
console.log(Array.isArray(m), m.created, m[0], m[2], m.length);
const s = w.slice(1);
console.log(s.created, s[0], s.length);
// constructor: undefined or null species → plain arrays
const a = [1, 2];
a.constructor = undefined;
console.log(a.map((x) => x).constructor === Array);
a.constructor = { [Symbol.species]: null };
console.log(Array.isArray(a.filter(Boolean)));
a.constructor = { [Symbol.species]: 42 };
try { a.map((x) => x); } catch (e) { console.log(e.constructor.name, e.message); }
a.constructor = 'str';
try { a.slice(); } catch (e) { console.log(e.constructor.name, e.message); }
// non-arrays ignore constructor
const arrayLike = { length: 2, 0: 'a', 1: 'b', constructor: Tagged };
console.log(Array.prototype.map.call(arrayLike, (x) => x.toUpperCase()));
