// A bank simulation with accounts, transfers and exceptions for invalid operations.
function InsufficientFunds(account, amount) {
  this.name = "InsufficientFunds";
  this.message = account.owner + " cannot withdraw " + amount + " (balance " + account.balance + ")";
}
InsufficientFunds.prototype = Object.create(Error.prototype);
InsufficientFunds.prototype.constructor = InsufficientFunds;
function Account(owner, balance) {
  if (typeof owner !== "string" || !owner) throw new TypeError("owner must be a non-empty string");
  this.owner = owner;
  this.balance = balance || 0;
  this.history = [];
}
Account.prototype.deposit = function (amount) {
  if (!(amount > 0)) throw new RangeError("deposit must be positive: " + amount);
  this.balance += amount;
  this.history.push("+" + amount);
  return this;
};
Account.prototype.withdraw = function (amount) {
  if (!(amount > 0)) throw new RangeError("withdrawal must be positive: " + amount);
  if (amount > this.balance) throw new InsufficientFunds(this, amount);
  this.balance -= amount;
  this.history.push("-" + amount);
  return this;
};
function Bank() { this.accounts = {}; this.log = []; }
Bank.prototype.open = function (owner, initial) {
  if (this.accounts[owner]) throw new Error("account exists: " + owner);
  return (this.accounts[owner] = new Account(owner, initial));
};
Bank.prototype.transfer = function (from, to, amount) {
  var a = this.accounts[from], b = this.accounts[to];
  if (!a || !b) throw new ReferenceError("no such account: " + (a ? to : from));
  a.withdraw(amount);
  try {
    b.deposit(amount);
  } catch (e) {
    a.deposit(amount);
    throw e;
  }
  this.log.push(from + "->" + to + ":" + amount);
};
var bank = new Bank();
bank.open("alice", 100);
bank.open("bob", 50);
bank.open("carol");
var ops = [
  function () { bank.transfer("alice", "bob", 30); },
  function () { bank.transfer("bob", "carol", 100); },
  function () { bank.transfer("carol", "alice", 0); },
  function () { bank.transfer("dave", "alice", 5); },
  function () { bank.open("alice"); },
  function () { bank.open(""); },
  function () { bank.transfer("bob", "carol", 80); },
  function () { bank.accounts.alice.deposit(-5); },
  function () { bank.accounts.carol.withdraw(80).withdraw(1); }
];
for (var i = 0; i < ops.length; i++) {
  try { ops[i](); console.log(i, "ok"); }
  catch (e) { console.log(i, e.name + ": " + e.message, e instanceof Error); }
}
Object.keys(bank.accounts).forEach(function (k) {
  var acc = bank.accounts[k];
  console.log(k, acc.balance, acc.history.join(" "));
});
console.log(bank.log);
