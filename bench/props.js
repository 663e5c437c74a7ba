// Property-heavy loop: particles of one shape moved, bounced and summed.
function Particle(x, y, vx, vy) { this.x = x; this.y = y; this.vx = vx; this.vy = vy; this.hits = 0; }
var ps = [];
for (var i = 0; i < 1000; i++) ps.push(new Particle(i % 100, (i * 7) % 100, (i % 13) - 6, (i % 11) - 5));
for (var step = 0; step < 20000; step++) {
  for (var j = 0; j < ps.length; j++) {
    var p = ps[j];
    p.x += p.vx;
    p.y += p.vy;
    if (p.x < 0 || p.x > 1000) { p.vx = -p.vx; p.hits++; }
    if (p.y < 0 || p.y > 1000) { p.vy = -p.vy; p.hits++; }
  }
}
var sx = 0, sy = 0, hits = 0;
for (var k = 0; k < ps.length; k++) { sx += ps[k].x; sy += ps[k].y; hits += ps[k].hits; }
console.log(sx, sy, hits);
