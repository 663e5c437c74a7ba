// Method call sites on objects of different constructors.
function Dog() { this.name = "dog"; }
Dog.prototype.speak = function () { return this.name + ": woof"; };
function Cat() { this.lives = 9; this.name = "cat"; }
Cat.prototype.speak = function () { return this.name + ": meow (" + this.lives + ")"; };
var fish = { name: "fish", speak: function () { return "..."; } };
var animals = [new Dog(), new Cat(), fish, new Dog(), new Cat()];
function chorus(list) {
  var lines = [];
  for (var i = 0; i < list.length; i++) lines.push(list[i].speak());
  return lines;
}
console.log(chorus(animals));
Cat.prototype.speak = function () { return "purr"; };
console.log(chorus(animals).join("; "));
