function f() {
  var a;
  let a;
}
