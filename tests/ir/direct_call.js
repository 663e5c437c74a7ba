// Calls to a never-reassigned function declaration go straight to its
// direct entry; a reassigned one is called through the closure.
// KILN-FLAGS: -O0
// CHECK-LABEL: define i64 @kiln_cjs_0(
// CHECK: call i64 @js.f.direct(ptr null, i64 10, i64 -562949953421311)
// CHECK: %code = load ptr
// CHECK: call i64 %code(
function f(a) { return a; }
function g(a) { return a; }
g = function (a) { return a + 1; };
f(1);
g(1);
