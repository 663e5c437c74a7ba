// Chaining array methods on data records.
var orders = [
  { id: 1, item: "apple", qty: 3, price: 0.5 },
  { id: 2, item: "pear", qty: 1, price: 0.75 },
  { id: 3, item: "apple", qty: 10, price: 0.45 },
  { id: 4, item: "melon", qty: 2, price: 3 },
  { id: 5, item: "pear", qty: 6, price: 0.7 }
];
var totals = orders.map(function (o) { return { item: o.item, total: o.qty * o.price }; });
console.log(totals);
var big = orders.filter(function (o) { return o.qty > 2; }).map(function (o) { return o.id; });
console.log(big);
var byItem = orders.reduce(function (acc, o) { acc[o.item] = (acc[o.item] || 0) + o.qty; return acc; }, {});
console.log(byItem);
var sum = totals.reduce(function (s, t) { return s + t.total; }, 0);
console.log(sum.toFixed(2));
console.log(orders.some(function (o) { return o.item === "melon"; }), orders.find(function (o) { return o.qty === 6; }).item);
