// An int32 add loop at -O2: the loop adds with llvm.sadd.with.overflow and
// reaches rt_add only off the fast path (never in the loop header).
// KILN-FLAGS: -O2
// CHECK-LABEL: define internal {{.*}}i64 @js.sum.typed(
// CHECK: for.body{{.*}}:
// CHECK-NOT: call i64 @rt_add
// CHECK: @llvm.sadd.with.overflow.i32
function sum(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s = s + i;
  return s;
}
console.log(sum(1000));
