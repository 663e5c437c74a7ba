// Methods created by constructors close over locals and read this correctly.
function Account(owner) {
  var balance = 0;
  this.owner = owner;
  this.deposit = function (n) { balance += n; return this; };
  this.balance = function () { return balance; };
  this.describe = () => this.owner + ":" + balance;
}
var a = new Account("a"), b = new Account("b");
a.deposit(10).deposit(5);
b.deposit(1);
console.log(a.balance(), b.balance(), a.describe(), b.describe());
var d = a.describe;
console.log(d());
var other = { owner: "other", describe: a.describe };
console.log(other.describe());
b.deposit.call(a, 100);
console.log(a.balance(), b.balance());
