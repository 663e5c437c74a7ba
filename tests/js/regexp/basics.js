const r = /ab+c/gi;
console.log(r, r.source, r.flags, r.global, r.lastIndex);
console.log(/(a)(b)?/.exec("xxab"));
console.log(/(?<year>\d{4})-(?<m>\d\d)/d.exec("on 2024-05 ok"));
console.log(/^\w+$/.test("hello"), /^\w+$/.test("hel lo"));
const g = /o/g; let m; while ((m = g.exec("foo boo"))) console.log(m.index, g.lastIndex);
console.log(/(a+)+$/.test("aaaaaaaaaaaaaaaaab"));
console.log(/(?<=\$)\d+/.exec("cost $42")[0], /(?<!\$)\b\d+/.exec("cost $42 or 17")[0]);
console.log(/(a)|b/.exec("b"), /(?:a|())*b/.exec("aab"));
console.log(/\bfoo\b/i.exec("a FOO b"), /[^a-c]+/.exec("abcdef"));
console.log(new RegExp("a/b", "m"), String(/x/y), /[/]/.source);
console.log(/(\w)\1/.exec("abccd"), /\k<x>(?<x>a)/.exec("a"));
console.log("2024-05-06".replace(/(\d+)-(\d+)-(\d+)/, "$3/$2/$1"), "aaa".replace(/a/g, (m, i) => i));
console.log("a1b2c3".split(/\d/), "a,b;c".split(/([,;])/), "xAyBz".match(/[A-Z]/g), "abc".search(/c/));
console.log([..."a1b22c333".matchAll(/\d+/g)].map(m => m[0] + "@" + m.index));
try { new RegExp("("); } catch (e) { console.log(e.name, e.message); }
try { new RegExp("a", "gg"); } catch (e) { console.log(e.name, e.message); }
console.log(/\u{1F600}/u.test("😀"), /^.$/u.test("😀"), /^.$/.test("😀"), /[😀]/u.exec("x😀")[0].length);
console.log(/ſ/i.test("s"), /ſ/iu.test("s"), /\w/iu.test("ſ"), /[a-z]/i.test("K"));
console.log("x".replace(/x/, "$&$&$'$`$$"), "abc".replace(/(?<l>b)/, "[$<l>]"));
