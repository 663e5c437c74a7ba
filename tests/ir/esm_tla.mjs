// An ES module with top-level await is an async body: its wrapper starts the
// coroutine (frame from the GC heap, the async state and its promise) and
// each await suspends it; the CoroSplit resume clone continues the body. A
// module without top-level await (tests/ir/esm_plain.mjs) pays nothing.
// KILN-FLAGS: -O0
// CHECK-LABEL: define i64 @kiln_cjs_0(
// CHECK: call ptr @rt_gen_frame_alloc(i64
// CHECK: call i64 @rt_async_new(
// CHECK: call void @rt_esm_async_started(
// CHECK: call i64 @rt_async_await(
// CHECK-LABEL: define internal fastcc void @kiln_cjs_0.resume(
// CHECK: call i64 @rt_async_resumed(
export const a = await Promise.resolve(1);
console.log(a);
