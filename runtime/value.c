/*
 * value.c — the runtime's global state that compiled code reads directly
 * (the shadow-stack top, the stack limit, the realm) and the pure value
 * helpers of the ABI that never throw.
 */
#include <math.h>
#include "kiln/runtime.h"

JSFrame *rt_frame_top;
uintptr_t rt_stack_limit;
void *rt_global_object;
JSRealm js_realm;

/* ToInt32 on a double (ECMA-262 7.1.6): truncate, wrap modulo 2^32. */
int32_t js_double_to_int32(double d)
{
    if (d >= -2147483648.0 && d <= 2147483647.0)
        return (int32_t)d;            /* truncates toward zero; NaN fails the test */
    if (!isfinite(d))
        return 0;
    double m = fmod(trunc(d), 4294967296.0);
    if (m < 0) m += 4294967296.0;
    return (int32_t)(uint32_t)m;
}

int32_t rt_double_to_int32(double d) { return js_double_to_int32(d); }

JSValue rt_number_from_double(double d) { return js_mk_number(d); }
