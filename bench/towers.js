// Towers of Hanoi with explicit disk objects on linked stacks.
var piles, moves;
function Disk(size) { this.size = size; this.next = null; }
function push(pile, disk) {
  var top = piles[pile];
  if (top && disk.size >= top.size) throw new Error("cannot put a big disk on a smaller one");
  disk.next = top;
  piles[pile] = disk;
}
function pop(pile) {
  var top = piles[pile];
  if (!top) throw new Error("empty pile");
  piles[pile] = top.next;
  top.next = null;
  return top;
}
function moveTop(from, to) { push(to, pop(from)); moves++; }
function moveDisks(n, from, to) {
  if (n === 1) { moveTop(from, to); return; }
  var other = 3 - from - to;
  moveDisks(n - 1, from, other);
  moveTop(from, to);
  moveDisks(n - 1, other, to);
}
var total = 0;
for (var r = 0; r < 20; r++) {
  piles = [null, null, null];
  moves = 0;
  for (var i = 18; i >= 0; i--) push(0, new Disk(i));
  moveDisks(19, 0, 1);
  total += moves;
}
console.log(total);
