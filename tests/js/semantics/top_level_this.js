// Top-level this in a CommonJS module is module.exports (an empty object).
console.log(typeof this, JSON.stringify(this));
function sloppy() { return typeof this; }
console.log(sloppy());
var arrow = () => typeof this;
console.log(arrow());
