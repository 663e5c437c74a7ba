// Unicode mode: code points, \u{...}, case folding, \p{...}, v-flag sets.
console.log(/^.$/u.test("\u{1F600}"), /^..$/.test("\u{1F600}"), /\u{61}/u.test("a"), /\u{61}/.test("u".repeat(61)));
console.log("\u{1F600}a".match(/./gu), "x\u{1F600}".split(/(?:)/u));
console.log(/[\u{1F600}-\u{1F64F}]/u.test("\u{1F610}"), /\ud83d\ude00/u.test("\u{1F600}"), /^[^x]$/u.test("\u{1F600}"));
console.log(/\u212A/i.test("k"), /\u212A/iu.test("k"), /[a-z]/iu.test("\u212A"), /ß/i.test("SS"), /σ/i.test("ς"), /σ/iu.test("Σ"));
console.log(/\p{Lu}/u.test("A"), /\p{Lu}/u.test("a"), /^\p{L}+$/u.test("héllo"), /\P{L}/u.exec("abc1")[0]);
console.log(/\p{Nd}+/u.exec("x١٢٣y")[0], /[\p{Ll}\d]+/u.exec("ABcd12EF")[0], /\p{General_Category=Decimal_Number}/u.test("7"), /\p{Any}/u.test("\n"), /\p{ASCII}/u.test("é"));
console.log(/[\p{L}--[a-z]]+/v.exec("abcDEFghi")[0], /[\p{Ll}&&[a-f]]+/v.exec("XYZabcxyz")[0], /[[a-z]--[aeiou]]+/v.exec("education")[0]);
console.log(/\w/iu.test("\u017F"), /\W/iu.test("\u017F"), /\b/iu.test("\u017F"), /[\w]/i.test("\u017F"));
console.log(/(?<𝒜>x)/u.exec("x").groups, /(?<\u0061b>y)/.exec("y").groups.ab);
