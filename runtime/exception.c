/*
 * exception.c — the pending-exception slot, the throw helpers of the ABI,
 * and the stack limit.
 *
 * Mechanism (docs/internals.md): a function that throws stores the value
 * with rt_throw and returns JS_EXCEPTION; every caller compares each call's
 * result with JS_EXCEPTION and either handles it (rt_take_exception) or
 * returns JS_EXCEPTION itself. No unwinding tables, no longjmp.
 *
 * Stack overflow: compiled prologues compare their frame address with
 * rt_stack_limit. js_stack_init sets the limit to the main thread's stack
 * base minus 7/8 of RLIMIT_STACK (capped), leaving the last eighth for the
 * C code of the runtime, natives and the error being built.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include "internal.h"

JSValue rt_pending_exception = JS_EMPTY;

JSValue rt_throw(JSValue v)
{
    rt_pending_exception = v;
    return JS_EXCEPTION;
}

JSValue js_throw(JSValue v)
{
    rt_pending_exception = v;
    return JS_EXCEPTION;
}

JSValue rt_take_exception(void)
{
    JSValue v = rt_pending_exception;
    rt_pending_exception = JS_EMPTY;
    return v == JS_EMPTY ? JS_UNDEFINED : v;
}

static JSValue throw_v(JSErrorType type, const char *fmt, va_list ap)
{
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    JSValue msg;
    if (n < (int)sizeof small) {
        msg = js_new_string_from_utf8(small, (size_t)(n < 0 ? 0 : n));
    } else {
        char *big = rt_alloc_atomic((size_t)n + 1);
        vsnprintf(big, (size_t)n + 1, fmt, ap2);
        msg = js_new_string_from_utf8(big, (size_t)n);
    }
    va_end(ap2);
    return rt_throw(js_new_error(type, msg));
}

JSValue js_throw_error(JSErrorType type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    JSValue r = throw_v(type, fmt, ap);
    va_end(ap);
    return r;
}

#define THROWER(name, type) \
    JSValue name(const char *fmt, ...) \
    { va_list ap; va_start(ap, fmt); JSValue r = throw_v(type, fmt, ap); va_end(ap); return r; }
THROWER(js_throw_type_error, JS_TYPE_ERROR)
THROWER(js_throw_range_error, JS_RANGE_ERROR)
THROWER(js_throw_reference_error, JS_REFERENCE_ERROR)
THROWER(js_throw_syntax_error, JS_SYNTAX_ERROR)

JSValue rt_throw_type_error(const char *msg) { return js_throw_type_error("%s", msg); }
JSValue rt_throw_reference_error(const char *msg) { return js_throw_reference_error("%s", msg); }
JSValue rt_throw_not_defined(const char *name) { return js_throw_reference_error("%s is not defined", name); }
JSValue rt_throw_tdz(const char *name)
{
    return js_throw_reference_error("Cannot access '%s' before initialization", name);
}
JSValue rt_throw_const_assign(const char *name)
{
    (void)name;
    return js_throw_type_error("Assignment to constant variable.");
}

JSValue rt_throw_stack_overflow(void)
{
    /* Building the error needs some stack: lower the limit while we do. */
    uintptr_t saved = rt_stack_limit;
    rt_stack_limit = 0;
    JSValue r = js_throw_range_error("Maximum call stack size exceeded");
    rt_stack_limit = saved;
    return r;
}

JSValue rt_destructure_check(JSValue v, const char *key, const char *src)
{
    if (!js_is_nullish(v)) return v;
    const char *t = v == JS_NULL ? "null" : "undefined";
    if (src && src[0] == '\x01') {
        if (key)
            return js_throw_type_error("Cannot read properties of %s (reading '%s')", t, key);
        src = "(intermediate value)";
    }
    if (!src) src = v == JS_NULL ? "object null" : "undefined";
    if (key)
        return js_throw_type_error("Cannot destructure property '%s' of '%s' as it is %s.", key, src, t);
    return js_throw_type_error("Cannot destructure '%s' as it is %s.", src, t);
}

void js_stack_init(void)
{
    struct rlimit rl;
    size_t size = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur > 0)
        size = rl.rlim_cur;
    if (size > (1u << 30)) size = 1u << 30;
    /* The stack base is a little above this frame; main's caller chain is
     * small, so treat the current address as the base. */
    volatile char here;
    uintptr_t base = (uintptr_t)&here;
    uintptr_t usable = size / 8 * 7;
    if (usable > (64u << 10)) usable -= 64u << 10; /* what the caller of init already used */
    rt_stack_limit = base > usable ? base - usable : 0;
}
