// A named property read has an inline cache: a cell check, one shape
// compare against entry 0 of its JSPropCache, then a load at the cached
// offset; the miss calls rt_get_prop_ic with the site's own cache.
// KILN-FLAGS: -O0
// CHECK: @[[NAME:ic.name[.0-9]*]] = private unnamed_addr constant [2 x i8] c"x\00"
// CHECK: @[[IC:ic.[0-9]+]] = internal global {{.*}} ptr @[[NAME]], i32 1,
// CHECK-LABEL: define internal i64 @js.getx.direct(
// CHECK: ic.check:
// CHECK: %shape = load ptr
// CHECK: %ic.same = icmp eq ptr %shape, %ic.shape
// CHECK: ic.hit:
// CHECK-NOT: icmp
// CHECK: %ic.val = load i64, ptr %ic.slot
// CHECK: ic.miss:
// CHECK: call i64 @rt_get_prop_ic(i64 %{{.*}}, ptr @[[IC]])
function getx(o) { return o.x; }
console.log(getx({ x: 1 }));
