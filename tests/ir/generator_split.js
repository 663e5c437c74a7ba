// A generator is split by CoroSplit into resume/destroy clones whose frame
// comes from the GC heap; a function without yield pays nothing: no frame
// allocation, no coroutine intrinsics.
// KILN-FLAGS: -O0
// CHECK-LABEL: define internal i64 @js.plain(
// CHECK-NOT: rt_gen_frame_alloc
// CHECK-LABEL: define internal i64 @js.g(
// CHECK: call ptr @rt_gen_frame_alloc(i64
// CHECK-LABEL: define internal fastcc void @js.g.resume(
// CHECK-NOT: llvm.coro.suspend
function plain(a) { return a + 1; }
function* g(n) { const k = plain(n); yield k; yield k + 1; }
console.log(plain(1), [...g(2)]);
