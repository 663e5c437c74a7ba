// Arrow functions capture this and arguments lexically.
var obj = {
  name: "obj",
  regular: function () { return [1, 2].map(function () { return typeof this; }); },
  arrow: function () { return [1, 2].map(() => this.name); },
  delayed: function () { var self = this; return function () { return self.name; }; }
};
console.log(obj.arrow(), obj.delayed()());
function Timer() {
  this.ticks = 0;
  var tick = () => { this.ticks++; };
  tick(); tick(); tick();
}
console.log(new Timer().ticks);
var counter = { n: 0, incAll: function (arr) { arr.forEach(v => { this.n += v; }); return this.n; } };
console.log(counter.incAll([1, 2, 3]));
