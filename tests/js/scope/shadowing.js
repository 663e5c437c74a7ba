// Parameters, locals and inner functions shadow outer names.
var name = "global";
function f(name) {
  console.log(name);
  function g() { var name = "g local"; return name; }
  console.log(g(), name);
  {
    let name = "block";
    console.log(name);
  }
  return name;
}
console.log(f("param"), name);
function h() { var x = 1; { var x = 2; } return x; }
function k() { let x = 1; { let x = 2; } return x; }
console.log(h(), k());
