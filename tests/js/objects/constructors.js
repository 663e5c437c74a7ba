// Constructor functions, new, prototypes and instanceof.
function Animal(name, sound) {
  this.name = name;
  this.sound = sound;
}
Animal.prototype.speak = function () { return this.name + " says " + this.sound; };
Animal.prototype.legs = 4;
var dog = new Animal("Dog", "woof");
var bird = new Animal("Bird", "tweet");
bird.legs = 2;
console.log(dog.speak(), bird.speak(), dog.legs, bird.legs);
console.log(dog instanceof Animal, dog.constructor === Animal, dog.constructor.name);
console.log(Object.getPrototypeOf(dog) === Animal.prototype);
console.log(dog);
function Returns() { this.a = 1; return { b: 2 }; }
function ReturnsPrim() { this.a = 1; return 5; }
console.log(new Returns(), new ReturnsPrim());
function NoArgs() { this.made = true; }
console.log(new NoArgs().made, (new NoArgs).made);
function Counter() { Counter.instances = (Counter.instances || 0) + 1; }
new Counter(); new Counter();
console.log(Counter.instances);
