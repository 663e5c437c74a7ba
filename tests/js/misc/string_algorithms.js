// Palindromes, anagrams, Caesar cipher, run-length encoding.
function isPal(s) { s = s.toLowerCase().split("").filter(function (c) { return c >= "a" && c <= "z"; }).join(""); return s === s.split("").reverse().join(""); }
console.log(isPal("A man, a plan, a canal: Panama"), isPal("hello"));
function key(w) { return w.split("").sort().join(""); }
var words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"];
var groups = {};
words.forEach(function (w) { (groups[key(w)] = groups[key(w)] || []).push(w); });
console.log(Object.values(groups));
function rle(s) { var out = ""; for (var i = 0; i < s.length;) { var j = i; while (j < s.length && s[j] === s[i]) j++; out += (j - i) + s[i]; i = j; } return out; }
function unrle(s) { var out = "", num = ""; for (var i = 0; i < s.length; i++) { if (s[i] >= "0" && s[i] <= "9") num += s[i]; else { out += s[i].repeat(Number(num)); num = ""; } } return out; }
var src = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW";
console.log(rle(src), unrle(rle(src)) === src);
function caesar(s, k) { return s.split("").map(function (c) { var x = c.charCodeAt(0); if (x >= 97 && x <= 122) return String.fromCharCode((x - 97 + k + 26) % 26 + 97); return c; }).join(""); }
console.log(caesar("attack at dawn", 3), caesar(caesar("attack at dawn", 3), -3));
