// A for loop summing integers.
var sum = 0;
for (var i = 1; i <= 100; i++) sum += i;
console.log(sum);
