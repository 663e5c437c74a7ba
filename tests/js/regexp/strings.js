// String.prototype methods through the Symbol protocol.
console.log("one two  three".split(/\s+/), "abc".split(/(?:)/), "".split(/x/), "test".split(/(t)/), "a1b2".split(/\d/, 1));
console.log("John Smith".replace(/(?<first>\w+)\s(?<last>\w+)/, "$<last>, $<first>"));
console.log("aaa".replace(/a/g, "$'|"), "abc".replace(/b/, "$`"), "abc".replace(/(b)/, "$2$1$0$$"), "abc".replace(/(b)/, "$01$10"));
console.log("x-1 y-22".replace(/(\w)-(\d+)/g, (m, a, b, off, s) => `${b}${a}@${off}/${s.length}`));
console.log("a.b.c".replaceAll(/\./g, "!"), "a.b".replaceAll(".", "$&$&"));
try { "a".replaceAll(/a/, "b"); } catch (e) { console.log(e.constructor.name); }
console.log("Hello World".match(/o/g), "Hello".match(/l(l)/), "abc".match(/z/), "abc".match(/z/g));
console.log("x".match("x").index, "a+b".search("\\+"), "abc".search(/[bc]/), "zzz".search(/a/));
const it = "a1b2c3".matchAll(/[a-z](\d)/g);
console.log(Object.prototype.toString.call(it), it.next(), [...it].length);
try { "a".matchAll(/a/); } catch (e) { console.log(e.constructor.name); }
console.log([..."😀x😀".matchAll(/(?:)/gu)].map(m => m.index), [..."😀x".matchAll(/(?:)/g)].map(m => m.index));
console.log("aBc".replace(/b/i, x => x.toLowerCase() + "!"), "tel: 555-1234".replace(/\d{3}-\d{4}/, "[$&]"));
const r = /o/g; r.lastIndex = 3;
console.log("foo".replace(r, "0"), r.lastIndex, "foo".search(r), r.lastIndex);
