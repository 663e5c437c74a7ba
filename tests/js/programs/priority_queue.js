// A binary-heap priority queue used for Dijkstra's shortest paths.
function PQ() { this.heap = []; }
PQ.prototype.push = function (item, pri) {
  var h = this.heap;
  h.push({ item: item, pri: pri });
  var i = h.length - 1;
  while (i > 0) {
    var p = (i - 1) >> 1;
    if (h[p].pri <= h[i].pri) break;
    var t = h[p]; h[p] = h[i]; h[i] = t; i = p;
  }
};
PQ.prototype.pop = function () {
  var h = this.heap;
  var top = h[0], last = h.pop();
  if (h.length > 0) {
    h[0] = last;
    var i = 0;
    for (;;) {
      var l = 2 * i + 1, r = l + 1, m = i;
      if (l < h.length && h[l].pri < h[m].pri) m = l;
      if (r < h.length && h[r].pri < h[m].pri) m = r;
      if (m === i) break;
      var t = h[m]; h[m] = h[i]; h[i] = t; i = m;
    }
  }
  return top;
};
PQ.prototype.size = function () { return this.heap.length; };
var pq = new PQ();
var vals = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0];
vals.forEach(function (v) { pq.push("v" + v, v); });
var out = [];
while (pq.size()) out.push(pq.pop().item);
console.log(out.join(" "));
var graph = {
  A: { B: 7, C: 9, F: 14 }, B: { A: 7, C: 10, D: 15 }, C: { A: 9, B: 10, D: 11, F: 2 },
  D: { B: 15, C: 11, E: 6 }, E: { D: 6, F: 9 }, F: { A: 14, C: 2, E: 9 }
};
function dijkstra(g, src) {
  var dist = {}, prev = {}, q = new PQ();
  Object.keys(g).forEach(function (k) { dist[k] = Infinity; });
  dist[src] = 0;
  q.push(src, 0);
  while (q.size()) {
    var cur = q.pop();
    if (cur.pri > dist[cur.item]) continue;
    for (var n in g[cur.item]) {
      var nd = dist[cur.item] + g[cur.item][n];
      if (nd < dist[n]) { dist[n] = nd; prev[n] = cur.item; q.push(n, nd); }
    }
  }
  return { dist: dist, prev: prev };
}
var res = dijkstra(graph, "A");
console.log(res.dist);
var path = [], at = "E";
while (at) { path.unshift(at); at = res.prev[at]; }
console.log(path.join(" -> "));
