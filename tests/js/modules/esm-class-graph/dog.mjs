import { Animal } from './animal.mjs';
export const registry = new Map();
export class Dog extends Animal {
  static count = 0;
  constructor(name) { super(name); Dog.count++; registry.set(name, this); }
  speak() { return `${this.name} barks`; }
}
