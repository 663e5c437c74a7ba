// A small tokenizer and recursive-descent calculator for arithmetic expressions.
function tokenize(src) {
  var tokens = [], i = 0;
  while (i < src.length) {
    var c = src[i];
    if (c === " " || c === "\t") { i++; continue; }
    if (c >= "0" && c <= "9" || c === ".") {
      var start = i;
      while (i < src.length && (src[i] >= "0" && src[i] <= "9" || src[i] === ".")) i++;
      tokens.push({ type: "num", value: parseFloat(src.slice(start, i)) });
      continue;
    }
    if (c >= "a" && c <= "z") {
      var s = i;
      while (i < src.length && src[i] >= "a" && src[i] <= "z") i++;
      tokens.push({ type: "id", value: src.slice(s, i) });
      continue;
    }
    if ("+-*/^()".indexOf(c) >= 0) { tokens.push({ type: "op", value: c }); i++; continue; }
    throw new SyntaxError("unexpected character '" + c + "' at " + i);
  }
  tokens.push({ type: "eof" });
  return tokens;
}
function parse(tokens, vars) {
  var pos = 0;
  function peek() { return tokens[pos]; }
  function next() { return tokens[pos++]; }
  function expr() {
    var v = term();
    while (peek().type === "op" && (peek().value === "+" || peek().value === "-")) {
      var op = next().value, r = term();
      v = op === "+" ? v + r : v - r;
    }
    return v;
  }
  function term() {
    var v = power();
    while (peek().type === "op" && (peek().value === "*" || peek().value === "/")) {
      var op = next().value, r = power();
      v = op === "*" ? v * r : v / r;
    }
    return v;
  }
  function power() {
    var b = unary();
    if (peek().type === "op" && peek().value === "^") { next(); return Math.pow(b, power()); }
    return b;
  }
  function unary() {
    if (peek().type === "op" && peek().value === "-") { next(); return -unary(); }
    return primary();
  }
  function primary() {
    var t = next();
    if (t.type === "num") return t.value;
    if (t.type === "id") {
      if (!(t.value in vars)) throw new ReferenceError("unknown variable " + t.value);
      return vars[t.value];
    }
    if (t.type === "op" && t.value === "(") {
      var v = expr();
      if (next().value !== ")") throw new SyntaxError("expected )");
      return v;
    }
    throw new SyntaxError("unexpected token " + (t.value === undefined ? t.type : t.value));
  }
  var result = expr();
  if (peek().type !== "eof") throw new SyntaxError("trailing input");
  return result;
}
var vars = { x: 3, y: 4, pi: Math.PI };
var inputs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * -y", "x * x + y * y", "10 / 4 - 0.5",
  "2 * pi", "1 / 0", "1 + ", "3 $ 4", "z + 1", "((2))", "1.5.2"];
for (var i = 0; i < inputs.length; i++) {
  try {
    console.log(inputs[i].padEnd(16) + "= " + parse(tokenize(inputs[i]), vars));
  } catch (e) {
    console.log(inputs[i].padEnd(16) + "! " + e.name + ": " + e.message);
  }
}
console.log(tokenize("a+1").map(function (t) { return t.type; }).join(","));
