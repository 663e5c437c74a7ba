// String building: concatenation in loops, slicing, char codes and joins.
var total = 0;
for (var r = 0; r < 100; r++) {
  var s = "";
  for (var i = 0; i < 20000; i++) s += String.fromCharCode(97 + (i % 26));
  var parts = [];
  for (var j = 0; j < s.length; j += 100) parts.push(s.slice(j, j + 10).toUpperCase());
  var joined = parts.join("-");
  var h = 0;
  for (var k = 0; k < joined.length; k++) h = (h * 31 + joined.charCodeAt(k)) | 0;
  total = (total + h + s.length + joined.length) | 0;
}
console.log(total);
