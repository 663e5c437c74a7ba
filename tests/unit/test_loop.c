/*
 * test_loop.c — the order in which timers, immediates, nextTicks and
 * microtasks run, checked against what node 20 prints for the same program
 * (each test names the JavaScript it mirrors).
 *
 * Callbacks are native functions that append their label (data[0]) to a log;
 * an optional data[1] is a C "action" index run after logging, used to
 * schedule more work from inside a callback. Each test schedules its work
 * from a fake program entry and runs the real loop with
 * js_node_run_program.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "kiln/runtime.h"
#include "node/node.h"
#include "builtins/js_promise.h"

static char log_buf[1024];
static int interval_count;
static JSValue interval_handle;
static JSValue saved_this;
static JSValue saved_args[4];
static int saved_argc;

static JSValue G(const char *name) { return js_get_property_str(js_realm.global, name); }
static JSValue S(const char *s) { return js_new_string_cstr(s); }

static void log_add(const char *s)
{
    if (log_buf[0])
        strcat(log_buf, " ");
    strcat(log_buf, s);
}

enum { ACT_NONE, ACT_TICK_AND_MICRO, ACT_MICRO_NESTED, ACT_INTERVAL, ACT_RECORD, ACT_IMM_TICK,
       ACT_BEFORE_EXIT, ACT_THROW, ACT_LOG_ERROR };
static int before_exit_count;

static JSValue recorder(const char *label, int action);

static JSValue call_global(const char *fn, int argc, JSValue *argv)
{
    JSValue r = js_call(G(fn), JS_UNDEFINED, argc, argv);
    assert_true(r != JS_EXCEPTION);
    return r;
}

static JSValue next_tick(JSValue fn)
{
    JSValue process = G("process");
    JSValue nt = js_get_property_str(process, "nextTick");
    return js_call(nt, process, 1, &fn);
}

static JSValue record_fn(JSFunction *callee, JSValue this_val, int32_t argc,
                         const JSValue *argv, JSValue new_target)
{
    JSValue *data = callee->env->vars;
    log_add(js_string_to_utf8(data[0], NULL));
    switch (js_get_int32(data[1])) {
    case ACT_TICK_AND_MICRO: {
        char l[32];
        snprintf(l, sizeof l, "%s.tick", js_string_to_utf8(data[0], NULL));
        next_tick(recorder(l, ACT_NONE));
        snprintf(l, sizeof l, "%s.micro", js_string_to_utf8(data[0], NULL));
        JSValue m = recorder(l, ACT_NONE);
        call_global("queueMicrotask", 1, &m);
        break;
    }
    case ACT_MICRO_NESTED: {
        next_tick(recorder("n2", ACT_NONE));
        JSValue m = recorder("m2", ACT_NONE);
        call_global("queueMicrotask", 1, &m);
        break;
    }
    case ACT_INTERVAL:
        if (++interval_count == 3)
            call_global("clearInterval", 1, &interval_handle);
        break;
    case ACT_RECORD:
        saved_this = this_val;
        saved_argc = argc < 4 ? argc : 4;
        for (int i = 0; i < saved_argc; i++)
            saved_args[i] = argv[i];
        break;
    case ACT_IMM_TICK:
        next_tick(recorder("tick", ACT_NONE));
        break;
    case ACT_BEFORE_EXIT:
        if (before_exit_count++ == 0) {
            JSValue args[2] = { recorder("T", ACT_NONE), js_mk_int32(1) };
            call_global("setTimeout", 2, args);
        }
        break;
    case ACT_THROW:
        return js_throw_error(JS_ERROR, "boom");
    case ACT_LOG_ERROR: {
        JSValue m = js_get_property_str(argv[0], "message");
        log_add(js_string_to_utf8(m, NULL));
        log_add(js_string_to_utf8(argv[1], NULL));
        break;
    }
    }
    return JS_UNDEFINED;
}

static JSValue recorder(const char *label, int action)
{
    JSValue data[2] = { S(label), js_mk_int32(action) };
    return js_new_native_function_data("rec", record_fn, 0, 2, data);
}

static JSValue timeout(const char *label, double ms, int action)
{
    JSValue args[2] = { recorder(label, action), js_mk_number(ms) };
    return call_global("setTimeout", 2, args);
}

static void immediate(const char *label, int action)
{
    JSValue f = recorder(label, action);
    call_global("setImmediate", 1, &f);
}

static void micro(const char *label, int action)
{
    JSValue f = recorder(label, action);
    call_global("queueMicrotask", 1, &f);
}

static int setup(void **state)
{
    static bool done;
    if (!done) {
        js_node_set_args(0, NULL);
        assert_int_equal(js_runtime_init(), 0);
        done = true;
    }
    log_buf[0] = 0;
    return 0;
}

/* ---- entries ---------------------------------------------------------------- */

/* setTimeout(a,20); setTimeout(b,10); setTimeout(c,10); setTimeout(d,0) → d b c a */
static JSValue entry_delays(void)
{
    timeout("a", 20, ACT_NONE);
    timeout("b", 10, ACT_NONE);
    timeout("c", 10, ACT_NONE);
    timeout("d", 0, ACT_NONE);
    log_add("main");
    return JS_UNDEFINED;
}

static void test_timeout_order(void **state)
{
    assert_int_equal(js_node_run_program(entry_delays), 0);
    assert_string_equal(log_buf, "main d b c a");
}

/* setTimeout(t,5); setImmediate(i); queueMicrotask(m); process.nextTick(n)
 * → main n m i t */
static JSValue entry_queues(void)
{
    timeout("t", 5, ACT_NONE);
    immediate("i", ACT_NONE);
    micro("m", ACT_NONE);
    next_tick(recorder("n", ACT_NONE));
    log_add("main");
    return JS_UNDEFINED;
}

static void test_queue_order(void **state)
{
    assert_int_equal(js_node_run_program(entry_queues), 0);
    assert_string_equal(log_buf, "main n m i t");
}

/* Two timers of the same delay; the first queues a tick and a microtask,
 * which run before the second timer: A A.tick A.micro B */
static JSValue entry_between_timers(void)
{
    timeout("A", 1, ACT_TICK_AND_MICRO);
    timeout("B", 1, ACT_NONE);
    return JS_UNDEFINED;
}

static void test_ticks_between_timers(void **state)
{
    assert_int_equal(js_node_run_program(entry_between_timers), 0);
    assert_string_equal(log_buf, "A A.tick A.micro B");
}

/* process.nextTick(n1); queueMicrotask(m1 → nextTick(n2), queueMicrotask(m2))
 * → n1 m1 m2 n2 */
static JSValue entry_nested_micro(void)
{
    next_tick(recorder("n1", ACT_NONE));
    micro("m1", ACT_MICRO_NESTED);
    return JS_UNDEFINED;
}

static void test_nested_microtasks(void **state)
{
    assert_int_equal(js_node_run_program(entry_nested_micro), 0);
    assert_string_equal(log_buf, "n1 m1 m2 n2");
}

/* const h = setInterval(() => { if (++n === 3) clearInterval(h) }, 1) */
static JSValue entry_interval(void)
{
    interval_count = 0;
    JSValue args[2] = { recorder("i", ACT_INTERVAL), js_mk_int32(1) };
    interval_handle = call_global("setInterval", 2, args);
    return JS_UNDEFINED;
}

static void test_interval(void **state)
{
    assert_int_equal(js_node_run_program(entry_interval), 0);
    assert_string_equal(log_buf, "i i i");
}

/* setTimeout(f, 1, 'x', 'y'): f gets the arguments and `this` is the Timeout */
static JSValue timer_obj;
static JSValue entry_args(void)
{
    JSValue args[4] = { recorder("f", ACT_RECORD), js_mk_int32(1), S("x"), S("y") };
    timer_obj = call_global("setTimeout", 4, args);
    return JS_UNDEFINED;
}

static void test_timeout_args(void **state)
{
    assert_int_equal(js_node_run_program(entry_args), 0);
    assert_string_equal(log_buf, "f");
    assert_int_equal(saved_argc, 2);
    assert_true(js_string_eq_ascii(saved_args[0], "x"));
    assert_true(js_string_eq_ascii(saved_args[1], "y"));
    assert_true(saved_this == timer_obj);
}

/* setTimeout(never, 100000).unref(); clearTimeout(setTimeout(no, 1)) → exits at once */
static JSValue entry_unref_clear(void)
{
    JSValue t = timeout("never", 100000, ACT_NONE);
    JSValue unref = js_get_property_str(t, "unref");
    assert_true(js_call(unref, t, 0, NULL) == t);
    JSValue has_ref = js_get_property_str(t, "hasRef");
    assert_true(js_call(has_ref, t, 0, NULL) == JS_FALSE);
    JSValue t2 = timeout("no", 1, ACT_NONE);
    call_global("clearTimeout", 1, &t2);
    timeout("yes", 2, ACT_NONE);
    return JS_UNDEFINED;
}

static void test_unref_and_clear(void **state)
{
    uint64_t start = uv_hrtime();
    assert_int_equal(js_node_run_program(entry_unref_clear), 0);
    assert_string_equal(log_buf, "yes");
    assert_true(uv_hrtime() - start < 2000000000u);
}

/* setImmediate(I1 → nextTick(tick)); setImmediate(I2) → I1 tick I2 */
static JSValue entry_immediates(void)
{
    immediate("I1", ACT_IMM_TICK);
    immediate("I2", ACT_NONE);
    return JS_UNDEFINED;
}

static void test_immediates(void **state)
{
    assert_int_equal(js_node_run_program(entry_immediates), 0);
    assert_string_equal(log_buf, "I1 tick I2");
}

/* setTimeout(f1, '10'); setTimeout(f2, -5) → f2 f1 (strings coerce,
 * out-of-range delays become 1 ms) */
static JSValue entry_coerce(void)
{
    JSValue a1[2] = { recorder("f1", ACT_NONE), S("10") };
    call_global("setTimeout", 2, a1);
    timeout("f2", -5, ACT_NONE);
    return JS_UNDEFINED;
}

static void test_delay_coercion(void **state)
{
    assert_int_equal(js_node_run_program(entry_coerce), 0);
    assert_string_equal(log_buf, "f2 f1");
}

/* setTimeout('not a function') throws ERR_INVALID_ARG_TYPE */
static void test_invalid_callback(void **state)
{
    JSValue arg = js_mk_int32(5);
    JSValue r = js_call(G("setTimeout"), JS_UNDEFINED, 1, &arg);
    assert_true(r == JS_EXCEPTION);
    JSValue e = rt_take_exception();
    JSValue msg = js_get_property_str(e, "message");
    assert_string_equal(js_string_to_utf8(msg, NULL),
                        "The \"callback\" argument must be of type function. Received type number (5)");
    JSValue code = js_get_property_str(e, "code");
    assert_string_equal(js_string_to_utf8(code, NULL), "ERR_INVALID_ARG_TYPE");
}

/* process.exitCode = 3 → the program's exit status */
static JSValue entry_exit_code(void)
{
    js_set_property_str(G("process"), "exitCode", js_mk_int32(3));
    return JS_UNDEFINED;
}

static void test_exit_code(void **state)
{
    assert_int_equal(js_node_run_program(entry_exit_code), 3);
    js_set_property_str(G("process"), "exitCode", JS_UNDEFINED);
}

static void process_on(const char *event, JSValue fn)
{
    JSValue process = G("process");
    JSValue args[2] = { S(event), fn };
    assert_true(js_call(js_get_property_str(process, "on"), process, 2, args) == process);
}

/* process.on('uncaughtException', U); setTimeout(() => { throw new Error('boom') }, 1);
 * setTimeout(after, 5) → U gets (err, 'uncaughtException') and the program goes on */
static JSValue entry_uncaught_handler(void)
{
    process_on("uncaughtException", recorder("U", ACT_LOG_ERROR));
    timeout("throw", 1, ACT_THROW);
    timeout("after", 5, ACT_NONE);
    return JS_UNDEFINED;
}

static void test_uncaught_handler(void **state)
{
    assert_int_equal(js_node_run_program(entry_uncaught_handler), 0);
    assert_string_equal(log_buf, "throw U boom uncaughtException after");
    JSValue process = G("process");
    JSValue ev = S("uncaughtException");
    js_call(js_get_property_str(process, "removeAllListeners"), process, 1, &ev);
}

/* process.on('unhandledRejection', UR); Promise.reject('r'); setTimeout(after, 1)
 * → UR after (the listener replaces the fatal error) */
static JSValue entry_unhandled_rejection(void)
{
    process_on("unhandledRejection", recorder("UR", ACT_NONE));
    JSValue p = js_promise_new();
    js_promise_reject_value(p, S("r"));
    timeout("after", 1, ACT_NONE);
    return JS_UNDEFINED;
}

static void test_unhandled_rejection(void **state)
{
    assert_int_equal(js_node_run_program(entry_unhandled_rejection), 0);
    assert_string_equal(log_buf, "UR after");
    JSValue process = G("process");
    JSValue ev = S("unhandledRejection");
    js_call(js_get_property_str(process, "removeAllListeners"), process, 1, &ev);
}

/* process.on('beforeExit', first time: setTimeout(T, 1)); process.on('exit', ...)
 * → before T before exit (must be the last test: 'exit' is emitted once) */
static JSValue entry_exit_events(void)
{
    process_on("beforeExit", recorder("before", ACT_BEFORE_EXIT));
    process_on("exit", recorder("exit", ACT_NONE));
    return JS_UNDEFINED;
}

static void test_exit_events(void **state)
{
    assert_int_equal(js_node_run_program(entry_exit_events), 0);
    assert_string_equal(log_buf, "before T before exit");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_timeout_order, setup),
        cmocka_unit_test_setup(test_queue_order, setup),
        cmocka_unit_test_setup(test_ticks_between_timers, setup),
        cmocka_unit_test_setup(test_nested_microtasks, setup),
        cmocka_unit_test_setup(test_interval, setup),
        cmocka_unit_test_setup(test_timeout_args, setup),
        cmocka_unit_test_setup(test_unref_and_clear, setup),
        cmocka_unit_test_setup(test_immediates, setup),
        cmocka_unit_test_setup(test_delay_coercion, setup),
        cmocka_unit_test_setup(test_invalid_callback, setup),
        cmocka_unit_test_setup(test_exit_code, setup),
        cmocka_unit_test_setup(test_uncaught_handler, setup),
        cmocka_unit_test_setup(test_unhandled_rejection, setup),
        cmocka_unit_test_setup(test_exit_events, setup),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
