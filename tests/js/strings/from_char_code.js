// String.fromCharCode and char codes round trip.
console.log(String.fromCharCode(72, 105, 33));
console.log(String.fromCharCode(0x41 + 25));
console.log(String.fromCharCode(65536 + 65));
console.log(String.fromCharCode());
var s = "";
for (var c = 97; c < 97 + 26; c++) s += String.fromCharCode(c);
console.log(s);
var codes = [];
for (var i = 0; i < 5; i++) codes.push("Hello".charCodeAt(i));
console.log(codes, String.fromCharCode.apply(null, codes));
console.log(String.fromCharCode(0xD83D, 0xDE00).length);
function rot13(str) {
  var out = "";
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c >= 65 && c <= 90) c = (c - 65 + 13) % 26 + 65;
    else if (c >= 97 && c <= 122) c = (c - 97 + 13) % 26 + 97;
    out += String.fromCharCode(c);
  }
  return out;
}
console.log(rot13("Hello, World!"), rot13(rot13("Hello, World!")));
