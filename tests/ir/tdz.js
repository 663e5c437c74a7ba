// TDZ checks only where a use may precede the initialisation: inside a
// closure (a), not in straight-line code after the declaration (b).
// KILN-FLAGS: -O0
// CHECK-LABEL: define i64 @kiln_cjs_0(
// CHECK-NOT: @rt_throw_tdz
// CHECK-LABEL: define internal i64 @js.readA.direct(
// CHECK: tdz.throw:
// CHECK: call i64 @rt_throw_tdz(
function readA() { return a; }
let a = 1;
let b = 2;
console.log(b + readA());
