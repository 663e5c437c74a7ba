// A read of a global builtin (Math) is inline: the global object's shape and
// the dictionary epoch against entry 0 of the site's cache, then a load of
// the slot; rt_get_global_ic is only the miss path.
// KILN-FLAGS: -O0
// CHECK-LABEL: define internal i64 @js.absolute.direct(
// CHECK: load ptr, ptr @rt_global_object
// CHECK: load i64, ptr @js_dict_epoch
// CHECK: br i1 {{.*}}, label %glob.hit, label %glob.miss
// CHECK: glob.hit:
// CHECK: glob.miss:
// CHECK-NEXT: call i64 @rt_get_global_ic
function absolute(x) {
  return Math.abs(x);
}
console.log(absolute(-2));
