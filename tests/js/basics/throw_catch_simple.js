// Throwing and catching an Error.
try {
  throw new Error("oops");
} catch (e) {
  console.log("caught:", e.message);
}
console.log("after");
