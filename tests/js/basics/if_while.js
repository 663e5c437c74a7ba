// if/else and a while loop with a counter.
var n = 0;
while (n < 5) {
  if (n % 2 === 0) console.log(n, "even");
  else console.log(n, "odd");
  n = n + 1;
}
