// -g: a compile unit for the .js file, a subprogram per function and
// locations with the .js line and column.
// KILN-FLAGS: -O0 -g
// CHECK: !DICompileUnit(
// CHECK: !DIFile(filename: "debug_lines.js"
// CHECK: !DISubprogram(name: "twice", linkageName: "js.twice
// CHECK: !DILocation(line: 9,
function twice(x) {
  return x * 2;
}
console.log(twice(21));
