// Grouping, sorting and reporting over records with closures and objects.
var sales = [
  ["north", "widget", 12, 2.5], ["south", "gadget", 3, 10], ["north", "gadget", 7, 9.5],
  ["east", "widget", 20, 2.25], ["south", "widget", 5, 2.5], ["east", "gizmo", 1, 99.99],
  ["north", "gizmo", 2, 95], ["west", "widget", 9, 2.75]
];
function groupBy(rows, keyFn) {
  var groups = {};
  rows.forEach(function (r) { var k = keyFn(r); (groups[k] = groups[k] || []).push(r); });
  return groups;
}
function revenue(rows) { return rows.reduce(function (s, r) { return s + r[2] * r[3]; }, 0); }
var byRegion = groupBy(sales, function (r) { return r[0]; });
Object.keys(byRegion).sort().forEach(function (region) {
  console.log(region.padEnd(6), String(byRegion[region].length).padStart(2), revenue(byRegion[region]).toFixed(2).padStart(9));
});
var byProduct = groupBy(sales, function (r) { return r[1]; });
var ranking = Object.keys(byProduct).map(function (p) { return { product: p, rev: revenue(byProduct[p]) }; });
ranking.sort(function (a, b) { return b.rev - a.rev; });
console.log(ranking);
console.log("total", revenue(sales).toFixed(2));
