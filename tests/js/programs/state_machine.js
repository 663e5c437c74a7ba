// A table-driven state machine that validates and parses number literals.
var transitions = {
  start: { sign: "sign", digit: "int", dot: "dot0" },
  sign: { digit: "int", dot: "dot0" },
  int: { digit: "int", dot: "frac", e: "exp0" },
  dot0: { digit: "frac" },
  frac: { digit: "frac", e: "exp0" },
  exp0: { sign: "expsign", digit: "exp" },
  expsign: { digit: "exp" },
  exp: { digit: "exp" }
};
var accepting = { int: true, frac: true, exp: true };
function classOf(c) {
  if (c >= "0" && c <= "9") return "digit";
  if (c === "+" || c === "-") return "sign";
  if (c === ".") return "dot";
  if (c === "e" || c === "E") return "e";
  return "other";
}
function check(s) {
  var state = "start";
  for (var i = 0; i < s.length; i++) {
    state = transitions[state][classOf(s[i])];
    if (!state) return "reject at " + i;
  }
  return accepting[state] ? "accept " + Number(s) : "reject at end (" + state + ")";
}
["42", "-3.5", ".5", "5.", "1e10", "1e+5", "-.5e-3", "e5", "1.2.3", "+", "12a", "0.000001"].forEach(function (s) {
  console.log(s.padEnd(8), check(s));
});
