// Building a long string with += stays correct (ropes).
var s = "";
for (var i = 0; i < 10000; i++) s += String(i % 10);
console.log(s.length, s.slice(0, 25), s.slice(-5));
var t = "";
for (var j = 0; j < 1000; j++) t = j + "," + t;
console.log(t.length, t.slice(0, 20));
var count = 0;
for (var k = 0; k < s.length; k++) if (s[k] === "7") count++;
console.log(count);
var parts = [];
for (var m = 0; m < 5; m++) parts.push("<" + m + ">");
console.log(parts.join(""));
