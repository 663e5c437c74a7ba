// Build a nested document, serialise, parse, transform and serialise again.
var inventory = { store: "Main St", updated: "2024-01-01", items: [] };
var names = ["bolt", "nut", "washer", "screw", "rivet"];
for (var i = 0; i < names.length; i++) {
  inventory.items.push({ sku: "SKU-" + (1000 + i), name: names[i], qty: (i * 37) % 50, price: Math.round((0.05 + i * 0.13) * 100) / 100, tags: i % 2 ? ["metal"] : ["metal", "small"] });
}
var text = JSON.stringify(inventory);
console.log(text.length);
var doc = JSON.parse(text);
doc.items = doc.items.filter(function (it) { return it.qty > 10; }).map(function (it) {
  return { sku: it.sku, value: Math.round(it.qty * it.price * 100) / 100 };
});
doc.total = doc.items.reduce(function (s, it) { return s + it.value; }, 0);
console.log(JSON.stringify(doc, null, 2));
console.log(JSON.stringify(JSON.parse(JSON.stringify(doc))) === JSON.stringify(doc));
