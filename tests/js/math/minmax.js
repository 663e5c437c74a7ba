// min, max, hypot with no, one and many arguments.
console.log(Math.max(), Math.min(), Math.max(1), Math.min(1, 2, -3));
console.log(Math.max(1, NaN, 3), Math.min("2", 1), Math.max(-0, 0), Math.min(0, -0));
console.log(Math.max.apply(null, [5, 9, 1]), Math.max(1, "10", 2));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(1, 1, 1, 1), Math.hypot(-5, 12));
