// typeof on every kind of value, void, and the comma operator.
console.log(typeof 1, typeof 1.5, typeof "s", typeof true, typeof undefined);
console.log(typeof null, typeof {}, typeof [], typeof function () {}, typeof (() => 1));
console.log(typeof notDeclaredAnywhere, typeof Math, typeof Math.max, typeof JSON);
console.log(typeof typeof 1, typeof NaN, typeof Object, typeof console.log);
console.log(void 0, void "x", void (1 + 2));
var i = (1, 2, 3);
console.log(i);
var j = 0, k = 0;
for (j = 0, k = 10; j < k; j++, k--);
console.log(j, k);
var side = 0;
var v = (side++, side++, side);
console.log(v, side);
