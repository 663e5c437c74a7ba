// Every call result is compared with JS_EXCEPTION (4); inside try the
// exception branch goes to the catch block, which takes the exception.
// KILN-FLAGS: -O0
// CHECK-LABEL: define i64 @kiln_cjs_0(
// CHECK-DAG: catch:
// CHECK-DAG: call i64 @rt_take_exception()
// CHECK-DAG: %is.exc{{[0-9]*}} = icmp eq i64 %{{.*}}, 4
// CHECK-DAG: br i1 %{{.*}}, label %catch, label %ok
try {
  undefinedFunction();
} catch (e) {
  console.log("caught");
}
