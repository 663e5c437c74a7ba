// An ES module without top-level await keeps its plain wrapper: no
// coroutine, no async state, no promise.
// KILN-FLAGS: -O0
// CHECK-LABEL: define i64 @kiln_cjs_0(
// CHECK-NOT: rt_gen_frame_alloc
// CHECK-NOT: rt_async_new
// CHECK-NOT: llvm.coro
// CHECK-LABEL: define internal void @kiln.init_literals(
export const a = 1;
async function f() { await a; }
f();
console.log(a);
