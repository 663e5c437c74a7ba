// The module pattern: private state through an immediately invoked function.
var Stack = (function () {
  var items = [];
  var pushes = 0;
  return {
    push: function (x) { pushes++; items.push(x); return this; },
    pop: function () { return items.pop(); },
    size: function () { return items.length; },
    stats: function () { return "pushes=" + pushes; }
  };
})();
Stack.push(1).push(2).push(3);
console.log(Stack.pop(), Stack.size(), Stack.stats());
console.log(typeof items);
var idGen = (() => { let id = 100; return () => "id" + id++; })();
console.log(idGen(), idGen(), idGen());
