// A property-heavy loop over many objects of one shape.
function Particle(x, y, vx, vy) { this.x = x; this.y = y; this.vx = vx; this.vy = vy; }
var ps = [];
for (var i = 0; i < 200; i++) ps.push(new Particle(i, i * 2, (i % 7) - 3, (i % 5) - 2));
for (var step = 0; step < 100; step++) {
  for (var j = 0; j < ps.length; j++) {
    var p = ps[j];
    p.x += p.vx;
    p.y += p.vy;
    if (p.x < 0 || p.x > 500) p.vx = -p.vx;
    if (p.y < 0 || p.y > 500) p.vy = -p.vy;
  }
}
var sx = 0, sy = 0;
for (var k = 0; k < ps.length; k++) { sx += ps[k].x; sy += ps[k].y; }
console.log(sx, sy, ps[17]);
