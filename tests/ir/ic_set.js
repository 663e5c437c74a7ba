// A named property write stores inline on a shape hit and calls
// rt_set_prop_ic on a miss.
// KILN-FLAGS: -O0
// CHECK-LABEL: define internal i64 @js.setx.direct(
// CHECK: %ic.same = icmp eq ptr %shape, %ic.shape
// CHECK: ic.hit:
// CHECK: store i64 %{{.*}}, ptr %ic.slot
// CHECK: call i64 @rt_set_prop_ic(
function setx(o, v) { o.x = v; }
setx({ x: 1 }, 2);
