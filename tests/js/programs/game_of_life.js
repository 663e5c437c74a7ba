// Conway's game of life on a small torus.
var W = 12, H = 8;
function grid(f) { var g = []; for (var y = 0; y < H; y++) { g.push([]); for (var x = 0; x < W; x++) g[y].push(f(x, y)); } return g; }
var g = grid(function () { return 0; });
g[1][2] = 1; g[2][3] = 1; g[3][1] = 1; g[3][2] = 1; g[3][3] = 1;
g[5][8] = g[5][9] = g[5][10] = 1;
function step(g) {
  return grid(function (x, y) {
    var n = 0;
    for (var dy = -1; dy <= 1; dy++) for (var dx = -1; dx <= 1; dx++) {
      if (dx || dy) n += g[(y + dy + H) % H][(x + dx + W) % W];
    }
    return n === 3 || (n === 2 && g[y][x]) ? 1 : 0;
  });
}
function show(g) { return g.map(function (r) { return r.map(function (c) { return c ? "#" : "."; }).join(""); }).join("\n"); }
for (var gen = 0; gen < 4; gen++) { console.log("gen " + gen); console.log(show(g)); g = step(g); }
for (var k = 0; k < 40; k++) g = step(g);
var alive = 0;
g.forEach(function (r) { r.forEach(function (c) { alive += c; }); });
console.log("alive after 44:", alive);
