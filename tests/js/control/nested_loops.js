// Nested loops producing a multiplication table and primes.
for (var i = 1; i <= 5; i++) {
  var row = "";
  for (var j = 1; j <= 5; j++) row += String(i * j).padStart(4);
  console.log(row);
}
var primes = [];
for (var n = 2; primes.length < 20; n++) {
  var isPrime = true;
  for (var d = 2; d * d <= n; d++) if (n % d === 0) { isPrime = false; break; }
  if (isPrime) primes.push(n);
}
console.log(primes);
var tri = [];
for (var a = 0; a < 5; a++) { tri[a] = []; for (var b = 0; b <= a; b++) tri[a][b] = b === 0 || b === a ? 1 : tri[a - 1][b - 1] + tri[a - 1][b]; }
console.log(tri);
