// Error constructors, name, message, toString, instanceof relationships.
var errs = [new Error("e"), new TypeError("t"), new RangeError("r"), new ReferenceError("ref"), new SyntaxError("s")];
for (var i = 0; i < errs.length; i++) {
  var e = errs[i];
  console.log(e.name, e.message, String(e), e instanceof Error, typeof e.stack);
}
console.log(new TypeError("x") instanceof RangeError, Error("no new").message);
var empty = new Error();
console.log(JSON.stringify(empty.message), String(empty));
var custom = new Error("custom");
custom.name = "CustomError";
console.log(String(custom), custom.toString());
function MyError(msg) { this.message = msg; }
MyError.prototype = Object.create(Error.prototype);
MyError.prototype.name = "MyError";
try { throw new MyError("mine"); } catch (e) { console.log(e instanceof MyError, e instanceof Error, String(e)); }
console.log(Object.keys(new Error("k")));
console.log(typeof Error.prototype.toString, Error.prototype.name);
