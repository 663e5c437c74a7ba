// Accessors and statics: inheritance, computed names, symbols, and super in statics.
const key = 'dyn';
class Temperature {
  static #count = 0;
  static scale = 'C';
  #c = 0;
  constructor(c) { this.#c = c; Temperature.#count++; }
  get fahrenheit() { return this.#c * 9 / 5 + 32; }
  set fahrenheit(f) { this.#c = (f - 32) * 5 / 9; }
  get [key + 'Name']() { return 'computed getter'; }
  static get count() { return Temperature.#count; }
  static from(f) { const t = new this(0); t.fahrenheit = f; return t; }
  [Symbol.toPrimitive](hint) { return hint === 'string' ? `${this.#c}°${Temperature.scale}` : this.#c; }
  toJSON() { return { c: this.#c }; }
}
const t = Temperature.from(212);
console.log(t.fahrenheit, `${t}`, +t, t.dynName, Temperature.count, JSON.stringify([t]));
class Kelvin extends Temperature {
  static scale = 'K';
  get fahrenheit() { return 'K:' + super.fahrenheit; }
  set fahrenheit(f) { super.fahrenheit = f + 1; }
  static from(f) { const k = super.from(f); k.tag = 'kelvin'; return k; }
}
const k = Kelvin.from(32);
console.log(k.fahrenheit, k.tag, k instanceof Kelvin, Temperature.count, Kelvin.count, Kelvin.scale, Temperature.scale);
const d = Object.getOwnPropertyDescriptor(Temperature.prototype, 'fahrenheit');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
console.log(Object.getOwnPropertyNames(Temperature).sort(), Object.getOwnPropertyNames(Kelvin.prototype));
// setter-only and getter-only
class G { get only() { return 1; } set w(v) { this._w = v; } }
const g = new G();
g.only = 5; g.w = 3;
console.log(g.only, g.w, g._w);
(() => { 'use strict'; try { g.only = 5; } catch (e) { console.log(e.constructor.name, e.message); } })();
console.log(typeof Temperature, Temperature.name, Temperature.length, Kelvin.name, Object.getPrototypeOf(Kelvin) === Temperature);
