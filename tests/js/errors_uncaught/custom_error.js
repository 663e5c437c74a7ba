// A user error type built on Error.prototype, with a code property.
function ValidationError(msg) {
  const e = new Error(msg);
  e.name = "ValidationError";
  e.code = "E_INVALID";
  return e;
}
function check(v) { if (typeof v !== "number") throw ValidationError("expected a number, got " + typeof v); }
check(1);
console.log("ok so far");
check("1");
