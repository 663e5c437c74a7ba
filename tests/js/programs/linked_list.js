// A singly linked list with insert, remove, reverse and iteration.
function Node(value, next) { this.value = value; this.next = next || null; }
function List() { this.head = null; this.size = 0; }
List.prototype.push = function (v) {
  var n = new Node(v);
  if (!this.head) this.head = n;
  else { var c = this.head; while (c.next) c = c.next; c.next = n; }
  this.size++;
  return this;
};
List.prototype.remove = function (v) {
  var prev = null, c = this.head;
  while (c) {
    if (c.value === v) { if (prev) prev.next = c.next; else this.head = c.next; this.size--; return true; }
    prev = c; c = c.next;
  }
  return false;
};
List.prototype.reverse = function () {
  var prev = null, c = this.head;
  while (c) { var n = c.next; c.next = prev; prev = c; c = n; }
  this.head = prev;
  return this;
};
List.prototype.toArray = function () { var out = []; for (var c = this.head; c; c = c.next) out.push(c.value); return out; };
var l = new List();
for (var i = 1; i <= 8; i++) l.push(i * i);
console.log(l.toArray(), l.size);
console.log(l.remove(16), l.remove(100), l.remove(1), l.toArray());
console.log(l.reverse().toArray());
var small = new List().push("only");
console.log(small.head);
