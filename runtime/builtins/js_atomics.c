/*
 * js_atomics.c — the Atomics namespace (§25.4): load, store, add, sub, and,
 * or, xor, exchange, compareExchange, isLockFree, wait, waitAsync, notify.
 *
 * Elements are read and written with the compiler's __atomic builtins
 * (sequentially consistent), so the operations are atomic with respect to
 * any other thread mapping the same SharedArrayBuffer. A kiln program has
 * one JavaScript thread and no workers yet: nothing can notify a waiter,
 * so wait() blocks for its whole timeout and notify() wakes no one (0).
 * Values travel as raw little-endian bits of the element's width.
 */
#include "builtins.h"
#include "js_typed.h"
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <math.h>
#include <time.h>

/* V8's name for the array in Atomics' TypeErrors: "[object Int8Array]". */
static const char *describe(JSValue v)
{
    JSTypedArray *t = js_ta_of(v);
    if (!t)
        return js_is_object(v) ? js_object_tag_text(v) : js_value_to_message_text(v);
    const char *name = js_ta_type_name(js_ta_type(t));
    size_t n = strlen(name) + 10;
    char *out = rt_alloc_atomic(n);
    snprintf(out, n, "[object %s]", name);
    return out;
}

/* ValidateIntegerTypedArray: an integer element type, or for wait/notify
 * (waitable) Int32Array or BigInt64Array. */
static JSTypedArray *validate_integer_ta(JSValue v, bool waitable)
{
    JSTypedArray *t = js_ta_of(v);
    if (t && js_ta_out_of_bounds(t)) {
        js_throw_type_error("Cannot perform Atomics operation on a detached ArrayBuffer");
        return NULL;
    }
    if (t) {
        JSTAType ty = js_ta_type(t);
        bool ok = waitable ? (ty == JS_TA_INT32 || ty == JS_TA_BIGINT64)
                           : !(ty == JS_TA_UINT8C || ty == JS_TA_FLOAT32 || ty == JS_TA_FLOAT64);
        if (ok)
            return t;
    }
    js_throw_type_error(waitable ? "%s is not an int32 or BigInt64 typed array." : "%s is not an integer typed array.",
                        describe(v));
    return NULL;
}

/* ValidateAtomicAccess: the element's address, or NULL after a RangeError. */
static int validate_access(JSTypedArray *t, JSValue index, size_t *i_out)
{
    double i;
    if (js_to_integer_or_infinity(index, &i) < 0)
        return -1;
    if (i < 0 || i >= (double)js_ta_length(t)) {
        js_throw_range_error("Invalid atomic access index");
        return -1;
    }
    *i_out = (size_t)i;
    return 0;
}

/* ValidateIntegerTypedArray(argv[0]) and ValidateAtomicAccess(argv[1]):
 * the array, with the element index in *i; NULL after a throw. */
static JSTypedArray *validate_ta_and_index(int32_t argc, const JSValue *argv, bool waitable, size_t *i)
{
    JSTypedArray *t = validate_integer_ta(js_arg(argc, argv, 0), waitable);
    if (!t || validate_access(t, js_arg(argc, argv, 1), i) < 0)
        return NULL;
    return t;
}

/* RevalidateAtomicAccess after user code (value conversions) ran. */
static uint8_t *revalidate(JSTypedArray *t, size_t i)
{
    if (js_ta_out_of_bounds(t)) {
        js_throw_type_error("Cannot perform Atomics operation on a detached ArrayBuffer");
        return NULL;
    }
    if (i >= js_ta_length(t)) {
        js_throw_range_error("Invalid atomic access index");
        return NULL;
    }
    return t->buffer->data + t->byte_offset + i * js_ta_type_size(js_ta_type(t));
}

/* The raw bits of a value converted for the element type: ToBigInt for the
 * BigInt types, else ToIntegerOrInfinity modulo 2^32. *conv gets the
 * converted value (what store() returns). */
static int to_raw(JSTAType ty, JSValue v, uint64_t *raw, JSValue *conv)
{
    if (js_ta_type_is_bigint(ty)) {
        JSValue b = js_to_bigint(v);
        if (b == JS_EXCEPTION)
            return -1;
        *raw = js_bigint_to_uint64(b);
        if (conv)
            *conv = b;
        return 0;
    }
    double d;
    if (js_to_integer_or_infinity(v, &d) < 0)
        return -1;
    *raw = js_ta_modulo32(d);
    if (conv)
        *conv = js_mk_number(d == 0 ? 0 : d);
    return 0;
}

static JSValue from_raw(JSTAType ty, uint64_t raw)
{
    switch (ty) {
    case JS_TA_INT8: return js_mk_int32((int8_t)raw);
    case JS_TA_UINT8: return js_mk_int32((uint8_t)raw);
    case JS_TA_INT16: return js_mk_int32((int16_t)raw);
    case JS_TA_UINT16: return js_mk_int32((uint16_t)raw);
    case JS_TA_INT32: return js_mk_int32((int32_t)raw);
    case JS_TA_UINT32: return js_mk_number((uint32_t)raw);
    case JS_TA_BIGINT64: return js_bigint_from_int64((int64_t)raw);
    default: return js_bigint_from_uint64(raw);
    }
}

enum { OP_ADD, OP_SUB, OP_AND, OP_OR, OP_XOR, OP_EXCHANGE, OP_LOAD, OP_STORE };

#define RMW(T, p, op, v)                                                            \
    do {                                                                            \
        T *q = (T *)(p), x = (T)(v);                                                \
        switch (op) {                                                               \
        case OP_ADD: return __atomic_fetch_add(q, x, __ATOMIC_SEQ_CST);             \
        case OP_SUB: return __atomic_fetch_sub(q, x, __ATOMIC_SEQ_CST);             \
        case OP_AND: return __atomic_fetch_and(q, x, __ATOMIC_SEQ_CST);             \
        case OP_OR: return __atomic_fetch_or(q, x, __ATOMIC_SEQ_CST);               \
        case OP_XOR: return __atomic_fetch_xor(q, x, __ATOMIC_SEQ_CST);             \
        case OP_EXCHANGE: return __atomic_exchange_n(q, x, __ATOMIC_SEQ_CST);       \
        case OP_LOAD: return __atomic_load_n(q, __ATOMIC_SEQ_CST);                  \
        default: __atomic_store_n(q, x, __ATOMIC_SEQ_CST); return x;                \
        }                                                                           \
    } while (0)

/* The element's old value (new for store) as raw bits. Elements of a typed
 * array are aligned to their size (byte offsets must be multiples). */
static uint64_t atomic_op(uint8_t *p, uint32_t size, int op, uint64_t v)
{
    switch (size) {
    case 1: RMW(uint8_t, p, op, v);
    case 2: RMW(uint16_t, p, op, v);
    case 4: RMW(uint32_t, p, op, v);
    default: RMW(uint64_t, p, op, v);
    }
}

static JSValue read_modify_write(int32_t argc, const JSValue *argv, int op)
{
    size_t i;
    JSTypedArray *t = validate_ta_and_index(argc, argv, false, &i);
    if (!t)
        return JS_EXCEPTION;
    JSTAType ty = js_ta_type(t);
    uint64_t raw = 0;
    JSValue conv = JS_UNDEFINED;
    if (op != OP_LOAD && to_raw(ty, js_arg(argc, argv, 2), &raw, &conv) < 0)
        return JS_EXCEPTION;
    uint8_t *p = revalidate(t, i);
    if (!p)
        return JS_EXCEPTION;
    uint64_t old = atomic_op(p, js_ta_type_size(ty), op, raw);
    return op == OP_STORE ? conv : from_raw(ty, old);
}

static JS_NATIVE(js_atomics_add) { return read_modify_write(argc, argv, OP_ADD); }
static JS_NATIVE(js_atomics_sub) { return read_modify_write(argc, argv, OP_SUB); }
static JS_NATIVE(js_atomics_and) { return read_modify_write(argc, argv, OP_AND); }
static JS_NATIVE(js_atomics_or) { return read_modify_write(argc, argv, OP_OR); }
static JS_NATIVE(js_atomics_xor) { return read_modify_write(argc, argv, OP_XOR); }
static JS_NATIVE(js_atomics_exchange) { return read_modify_write(argc, argv, OP_EXCHANGE); }
static JS_NATIVE(js_atomics_load) { return read_modify_write(argc, argv, OP_LOAD); }
static JS_NATIVE(js_atomics_store) { return read_modify_write(argc, argv, OP_STORE); }

static JS_NATIVE(js_atomics_compare_exchange)
{
    size_t i;
    JSTypedArray *t = validate_ta_and_index(argc, argv, false, &i);
    if (!t)
        return JS_EXCEPTION;
    JSTAType ty = js_ta_type(t);
    uint64_t expected, replacement;
    if (to_raw(ty, js_arg(argc, argv, 2), &expected, NULL) < 0 ||
        to_raw(ty, js_arg(argc, argv, 3), &replacement, NULL) < 0)
        return JS_EXCEPTION;
    uint8_t *p = revalidate(t, i);
    if (!p)
        return JS_EXCEPTION;
    switch (js_ta_type_size(ty)) {
    case 1: { uint8_t e = (uint8_t)expected; __atomic_compare_exchange_n(p, &e, (uint8_t)replacement, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return from_raw(ty, e); }
    case 2: { uint16_t e = (uint16_t)expected; __atomic_compare_exchange_n((uint16_t *)p, &e, (uint16_t)replacement, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return from_raw(ty, e); }
    case 4: { uint32_t e = (uint32_t)expected; __atomic_compare_exchange_n((uint32_t *)p, &e, (uint32_t)replacement, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return from_raw(ty, e); }
    default: { uint64_t e = expected; __atomic_compare_exchange_n((uint64_t *)p, &e, replacement, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return from_raw(ty, e); }
    }
}

static JS_NATIVE(js_atomics_is_lock_free)
{
    double n;
    if (js_to_integer_or_infinity(js_arg(argc, argv, 0), &n) < 0)
        return JS_EXCEPTION;
    return js_mk_bool(n == 1 || n == 2 || n == 4 || n == 8);
}

/* The checks wait and waitAsync share (DoWait steps 1–12): the element's
 * address in *p, the timeout in ms (NaN → +∞, at least 0). 1 when the
 * element differs from the value ("not-equal"), 0 when it is equal. */
static int wait_prepare(int32_t argc, const JSValue *argv, double *timeout)
{
    JSValue tav = js_arg(argc, argv, 0);
    JSTypedArray *t = validate_integer_ta(tav, true);
    if (!t)
        return -1;
    if (!(t->buffer->o.h.flags & JS_AB_SHARED)) {
        js_throw_type_error("%s is not a shared typed array.", describe(tav));
        return -1;
    }
    size_t i;
    if (validate_access(t, js_arg(argc, argv, 1), &i) < 0)
        return -1;
    JSTAType ty = js_ta_type(t);
    uint64_t v;
    if (to_raw(ty, js_arg(argc, argv, 2), &v, NULL) < 0)
        return -1;
    double q;
    if (js_to_number(js_arg(argc, argv, 3), &q) < 0)
        return -1;
    *timeout = q != q ? INFINITY : q < 0 ? 0 : q;
    uint8_t *p = revalidate(t, i);
    if (!p)
        return -1;
    uint64_t cur = atomic_op(p, js_ta_type_size(ty), OP_LOAD, 0);
    uint64_t want = ty == JS_TA_INT32 ? (uint32_t)v : v;
    return cur != want;
}

static JS_NATIVE(js_atomics_wait)
{
    double timeout;
    int ne = wait_prepare(argc, argv, &timeout);
    if (ne < 0)
        return JS_EXCEPTION;
    if (ne)
        return js_str_c("not-equal");
    /* No other thread can notify us: the wait lasts the whole timeout. */
    for (;;) {
        double chunk = isinf(timeout) ? 3600e3 : timeout;
        struct timespec ts = { (time_t)(chunk / 1000), (long)(fmod(chunk, 1000) * 1e6) };
        while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
            ;
        if (!isinf(timeout))
            break;
    }
    return js_str_c("timed-out");
}

/* waitAsync's promise settles with "timed-out" when its timer fires. */
static JS_NATIVE(js_atomics_wait_async_timeout)
{
    (void)this_val; (void)argc; (void)argv; (void)new_target;
    JSValue s = js_str_c("timed-out");
    return js_call(callee->env->vars[0], JS_UNDEFINED, 1, &s);
}

static JS_NATIVE(js_atomics_wait_async)
{
    double timeout;
    int ne = wait_prepare(argc, argv, &timeout);
    if (ne < 0)
        return JS_EXCEPTION;
    JSValue result = js_new_object();
    if (ne || timeout == 0) {
        js_define_property_value_str(result, "async", JS_FALSE, JS_PROP_C_W_E);
        js_define_property_value_str(result, "value", js_str_c(ne ? "not-equal" : "timed-out"), JS_PROP_C_W_E);
        return result;
    }
    JSValue with_resolvers = js_get_property_str(js_realm.promise_ctor, "withResolvers");
    JSValue cap = js_is_callable(with_resolvers) ? js_call(with_resolvers, js_realm.promise_ctor, 0, NULL)
                                                 : JS_EXCEPTION;
    if (cap == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue promise = js_get_property_str(cap, "promise");
    if (!isinf(timeout)) {
        /* a timer through the host's setTimeout; an infinite wait never settles */
        JSValue set_timeout = js_get_property_str(js_realm.global, "setTimeout");
        if (js_is_callable(set_timeout)) {
            JSValue resolve = js_get_property_str(cap, "resolve");
            JSValue fire = js_new_native_function_data("", js_atomics_wait_async_timeout, 0, 1, &resolve);
            JSValue args[2] = { fire, js_mk_number(timeout) };
            JSValue timer = js_call(set_timeout, JS_UNDEFINED, 2, args);
            if (timer == JS_EXCEPTION)
                return JS_EXCEPTION;
            /* as in node, a pending waitAsync does not keep the process alive */
            JSValue unref = js_is_object(timer) ? js_get_property_str(timer, "unref") : JS_UNDEFINED;
            if (js_is_callable(unref) && js_call(unref, timer, 0, NULL) == JS_EXCEPTION)
                return JS_EXCEPTION;
        }
    }
    js_define_property_value_str(result, "async", JS_TRUE, JS_PROP_C_W_E);
    js_define_property_value_str(result, "value", promise, JS_PROP_C_W_E);
    return result;
}

static JS_NATIVE(js_atomics_notify)
{
    size_t i;
    JSTypedArray *t = validate_ta_and_index(argc, argv, true, &i);
    if (!t)
        return JS_EXCEPTION;
    JSValue count = js_arg(argc, argv, 2);
    if (!js_is_undefined(count)) {
        double c;
        if (js_to_integer_or_infinity(count, &c) < 0)
            return JS_EXCEPTION;
    }
    if (!revalidate(t, i))
        return JS_EXCEPTION;
    return js_mk_int32(0);   /* no waiters: one thread */
}

static const JSPropDef atomics_props[] = {
    JS_CFUNC_DEF("add", 3, js_atomics_add),
    JS_CFUNC_DEF("and", 3, js_atomics_and),
    JS_CFUNC_DEF("compareExchange", 4, js_atomics_compare_exchange),
    JS_CFUNC_DEF("exchange", 3, js_atomics_exchange),
    JS_CFUNC_DEF("isLockFree", 1, js_atomics_is_lock_free),
    JS_CFUNC_DEF("load", 2, js_atomics_load),
    JS_CFUNC_DEF("notify", 3, js_atomics_notify),
    JS_CFUNC_DEF("or", 3, js_atomics_or),
    JS_CFUNC_DEF("store", 3, js_atomics_store),
    JS_CFUNC_DEF("sub", 3, js_atomics_sub),
    JS_CFUNC_DEF("wait", 4, js_atomics_wait),
    JS_CFUNC_DEF("waitAsync", 4, js_atomics_wait_async),
    JS_CFUNC_DEF("xor", 3, js_atomics_xor),
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "Atomics", JS_PROP_CONFIGURABLE),
};

void js_init_atomics(JSValue global)
{
    JSValue atomics = js_new_object();
    js_install_props(atomics, atomics_props, JS_COUNTOF(atomics_props));
    js_define_global(global, "Atomics", atomics);
}
