// exec: captures, named groups, indices (d), lastIndex with g and y.
const m = /(?<y>\d{4})-(?<mo>\d\d)(-(?<d>\d\d))?/d.exec("date: 2024-05!");
console.log(m, m.indices, m.groups.y, m.groups.d);
const y = /a/y;
console.log(y.test("ba"), y.lastIndex, (y.lastIndex = 1, y.test("ba")), y.lastIndex, y.test("ba"), y.lastIndex);
const g = /a/g;
g.lastIndex = 10;
console.log(g.exec("aaa"), g.lastIndex);
const re = /x*/g;
console.log("axxb".replace(re, "-"), "axxb".match(re));
console.log(/(a)|(b)/.exec("b"), /((a)|b)+/.exec("ab"));
console.log(/(z)((a+)?(b+)?(c))*/.exec("zaacbbbcac"));
console.log(/(?=(a+))a*b\1/.exec("baaabac"), /(?!(a))\1b/.exec("b"));
console.log(/(.*?)a(?!(a+)b\2c)\2(.*)/.exec("baaabaac"));
console.log(/(?<=(\d+)(\d+))$/.exec("1053"), /(?<=\1(a))b/.exec("aab"));
console.log(/a{2,3}/.exec("aaaa"), /a{2,3}?/.exec("aaaa"), /a{2,}/.exec("aaaaa"), /(?:ab){2}/.exec("abababx"));
console.log(/^$/m.exec("a\n\nb").index, /^b/m.test("a\nb"), /a$/m.test("a\nb"), /a.b/s.test("a\nb"), /a.b/.test("a\nb"));
console.log(/\Bb\B/.exec("abc").index, /[\b]/.test("\b"), /\cJ/.test("\n"), /[\d-z]+/.exec("1-z")[0]);
console.log(/\0/.test("\0"), /\101/.test("A"), /\8/.test("8"), /a{/.test("a{"), /x]/.test("x]"), /\c/.test("\\c"));
console.log(/[^]/.test("\n"), /[]/.test("a"), /()/.exec("")[1] === "", /(?:)/.source, new RegExp("").source);
class R extends RegExp {}
console.log(new R("a+", "g"), new R("b").exec("abc").index, Object.prototype.toString.call(/x/));
console.log(RegExp("a", "i").flags, RegExp(/x/g).flags, new RegExp(/x/g, "m").flags, RegExp.prototype.flags, String(RegExp.prototype));
const same = /q/;
console.log(RegExp(same) === same, new RegExp(same) === same, [/a/dgimsy.flags]);
