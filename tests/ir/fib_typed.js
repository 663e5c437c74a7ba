// A never-reassigned function with numeric parameters gets a typed clone
// with an i32 parameter; its recursive calls stay in the clone and the
// comparison and subtraction have no runtime slow path.
// KILN-FLAGS: -O2
// CHECK-LABEL: define internal fastcc i64 @js.fib.typed(i32
// CHECK-NOT: @rt_lt
// CHECK-NOT: @rt_sub
// CHECK: call fastcc i64 @js.fib.typed(i32
// CHECK: call fastcc i64 @js.fib.typed(i32
// CHECK: @llvm.sadd.with.overflow.i32
function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}
console.log(fib(30));
