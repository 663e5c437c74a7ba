// An async function is a coroutine like a generator: its frame comes from the
// GC heap, each await is rt_async_await plus a suspend, and CoroSplit leaves
// a resume clone; a plain function pays nothing (no frame, no promise).
// KILN-FLAGS: -O0
// CHECK-LABEL: define internal i64 @js.plain(
// CHECK-NOT: rt_async
// CHECK-NOT: rt_gen_frame_alloc
// CHECK-LABEL: define internal i64 @js.af(
// CHECK: call ptr @rt_gen_frame_alloc(i64
// CHECK: call i64 @rt_async_new(
// CHECK: call i64 @rt_async_await(
// CHECK-LABEL: define internal fastcc void @js.af.resume(
// CHECK: call i64 @rt_async_resumed(
// CHECK-NOT: llvm.coro.suspend
function plain(a) { return a + 1; }
async function af(n) { const k = plain(n); await k; return k + 1; }
af(2).then(v => console.log(plain(1), v));
