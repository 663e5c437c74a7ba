// Classes with fields, private names, static members, inheritance and super.
class Animal {
  #secret = "hidden";
  static count = 0;
  constructor(name) { this.name = name; Animal.count++; }
  speak() { return `${this.name} makes a sound`; }
  get secret() { return this.#secret; }
}
class Dog extends Animal {
  speak() { return super.speak() + " (woof)"; }
}
var d = new Dog("Rex");
console.log(d.speak(), d.secret, Animal.count, d instanceof Animal);
console.log(d, Dog);
