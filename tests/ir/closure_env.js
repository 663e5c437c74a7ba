// Only captured bindings live in a heap environment: `count` is captured
// by the arrow and gets an env slot; `local` stays an alloca.
// KILN-FLAGS: -O0
// CHECK-LABEL: define internal i64 @js.counter.direct(
// CHECK: %local = alloca i64
// CHECK: call ptr @rt_new_env(ptr null, i32 1)
// CHECK-NOT: call ptr @rt_new_env
// CHECK-LABEL: define internal i64 @js.anon(
function counter() {
  let count = 0;
  let local = 5;
  local = local + 1;
  return () => ++count;
}
const c = counter();
c();
