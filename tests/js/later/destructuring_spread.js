// Destructuring with defaults and rest, spread in calls, arrays and objects.
var { a, b: { c = 5 } = {}, ...rest } = { a: 1, x: 2, y: 3 };
var [first, , third = "t", ...others] = [10, 20, undefined, 40, 50];
console.log(a, c, rest, first, third, others);
console.log(Math.max(...[3, 9, 4]), [...[1, 2], ...[3]], { ...{ p: 1 }, q: 2 });
function f({ x, y = 2 }, [z]) { return x + y + z; }
console.log(f({ x: 1 }, [3]));
