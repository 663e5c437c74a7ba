// console.log of -0, functions, errors inside containers, booleans, null prototypes.
console.log([-0, 0, -0.0]);
console.log({ z: -0 });
function namedFn() {}
console.log(namedFn, [namedFn], { fn: namedFn });
console.log(function () {}, () => {});
var anon = (function () { return function () {}; })();
console.log(anon);
var bare = Object.create(null);
bare.x = 1;
console.log(bare);
console.log([true, false], { t: true });
console.log([undefined, null]);
namedFn.extra = 1;
console.log(namedFn);
