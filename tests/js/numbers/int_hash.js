// Integer hashing loops: Math.imul, >>> 0, | 0, and ^ stay exact.
function fnv1a(str) {
  var h = 0x811c9dc5;
  for (var i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
console.log(fnv1a(""), fnv1a("a"), fnv1a("hello world"), fnv1a("The quick brown fox"));
function djb2(str) {
  var h = 5381;
  for (var i = 0; i < str.length; i++) h = ((h << 5) + h + str.charCodeAt(i)) | 0;
  return h;
}
console.log(djb2("hello"), djb2("kiln compiles javascript"));
var x = 123456789;
var xs = [];
for (var k = 0; k < 8; k++) {
  x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
  xs.push(x >>> 0);
}
console.log(xs.join(" "));
var lcg = 1;
for (var n = 0; n < 1000; n++) lcg = (lcg * 1103515245 + 12345) % 2147483648;
console.log(lcg);
