// In sloppy-mode functions with simple parameters, arguments aliases the parameters.
function f(a, b) {
  arguments[0] = "changed";
  b = "b changed";
  return [a, arguments[1], arguments.length];
}
console.log(f(1, 2), f(1));
function g(a) { a = 10; return arguments[0]; }
console.log(g(1), g());
function h(a = 0) { arguments[0] = 99; return a; }
console.log(h(1));
function k(...rest) { return arguments.length + rest.length; }
console.log(k(1, 2, 3));
