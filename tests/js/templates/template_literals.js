// Template literals: interpolation of every type, expressions, nesting, multi-line.
var name = "kiln", n = 3;
console.log(`hello ${name}`);
console.log(`${n} + ${n} = ${n + n}`);
console.log(`${null} ${undefined} ${true} ${[1, 2]} ${{}} ${-0} ${1e21}`);
console.log(`nested ${`inner ${n * 2}`} done`);
console.log(`multi
line
  indented`);
console.log(`escapes: \` \${not} \\ \n|`);
console.log(`${n > 2 ? "big" : "small"} ${[1, 2, 3].map(x => `<${x}>`).join("")}`);
console.log(``.length, `${""}`.length);
function f(x) { return `f(${x})`; }
console.log(`${f(f(1))}`);
var obj = { toString() { return "OBJ"; } };
console.log(`${obj}`);
