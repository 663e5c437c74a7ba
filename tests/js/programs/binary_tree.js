// A binary search tree: insert, search, in-order walk, height, delete.
function insert(node, k) {
  if (!node) return { key: k, left: null, right: null };
  if (k < node.key) node.left = insert(node.left, k);
  else if (k > node.key) node.right = insert(node.right, k);
  return node;
}
function has(node, k) { while (node) { if (k === node.key) return true; node = k < node.key ? node.left : node.right; } return false; }
function walk(node, out) { if (node) { walk(node.left, out); out.push(node.key); walk(node.right, out); } return out; }
function height(node) { return node ? 1 + Math.max(height(node.left), height(node.right)) : 0; }
function remove(node, k) {
  if (!node) return null;
  if (k < node.key) { node.left = remove(node.left, k); return node; }
  if (k > node.key) { node.right = remove(node.right, k); return node; }
  if (!node.left) return node.right;
  if (!node.right) return node.left;
  var m = node.right;
  while (m.left) m = m.left;
  node.key = m.key;
  node.right = remove(node.right, m.key);
  return node;
}
var root = null;
var keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65];
keys.forEach(function (k) { root = insert(root, k); });
console.log(walk(root, []), height(root));
console.log(has(root, 45), has(root, 55));
root = remove(root, 30);
root = remove(root, 50);
console.log(walk(root, []), root.key, height(root));
var big = null;
for (var i = 0; i < 500; i++) big = insert(big, (i * 7919) % 1009);
console.log(walk(big, []).length, height(big));
console.log(insert(null, 1));
