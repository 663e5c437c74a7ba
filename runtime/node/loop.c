/*
 * loop.c — the order in which a program's work runs, as in node.
 *
 *   1. the main module (kiln_program_entry);
 *   2. processTicksAndRejections: every process.nextTick callback (including
 *      ones queued meanwhile), then every microtask; repeated while ticks
 *      keep arriving;
 *   3. uv_run: each iteration runs due timers, I/O callbacks, immediates
 *      (check phase) and close callbacks; after EVERY JavaScript callback
 *      step 2 runs again (timers.c and the I/O modules call
 *      js_node_after_callback, and drain between two timers or immediates
 *      of the same batch);
 *   4. when no referenced handle or request keeps the loop alive,
 *      process 'beforeExit' listeners run (and may restart the loop), then
 *      'exit' listeners, and the process exits with process.exitCode.
 *
 * An exception that escapes a callback, a tick or a microtask is uncaught:
 * process 'uncaughtException' listeners get it if there are any; otherwise
 * fatal.c prints it like node and the process exits with code 1.
 */
#include <stdio.h>
#include <stdlib.h>
#include "builtins/js_promise.h"
#include "node/node.h"
#include "node/strbuf.h"

static uv_loop_t *the_loop;

uv_loop_t *js_node_loop(void)
{
    if (!the_loop)
        the_loop = uv_default_loop();
    return the_loop;
}

/* node's processPromiseRejections with the default mode (throw): a promise
 * rejected with no handler by the end of a microtask checkpoint goes to
 * process.on('unhandledRejection') listeners, or else becomes an uncaught
 * exception (a non-error reason wrapped in ERR_UNHANDLED_REJECTION).
 * Returns 1 if it handled one (run the queues again), 0 if there was none,
 * -1 with the exception pending. */
static int process_rejections(void)
{
    JSValue reason = js_promise_take_unhandled_rejection();
    if (reason == JS_EMPTY)
        return 0;
    if (js_process_has_listeners("unhandledRejection")) {
        JSValue args[2] = { reason, JS_UNDEFINED };
        return js_process_emit("unhandledRejection", 2, args) < 0 ? -1 : 1;
    }
    bool is_error = false;
    for (JSValue p = js_is_object(reason) ? reason : JS_NULL; js_is_object(p); p = js_get_prototype(p))
        if (p == js_realm.error_proto[JS_ERROR] || js_cell_kind(p) == JS_CELL_ERROR)
            is_error = true;
    if (is_error) {
        js_throw(reason);
        return -1;
    }
    char *text = js_inspect_utf8(reason, NULL, NULL);
    if (!text)
        return -1;
    char msg[1024];
    snprintf(msg, sizeof msg, "This error originated either by throwing inside of an async function "
             "without a catch block, or by rejecting a promise which was not handled with .catch(). "
             "The promise rejected with the reason \"%s\".", text);
    JSValue err = js_new_error(JS_ERROR, js_new_string_cstr(msg));
    js_define_property_value_str(err, "name", js_new_string_cstr("UnhandledPromiseRejection"), JS_PROP_C_W);
    js_define_property_value_str(err, "stack", js_new_string_cstr(
        str_fmt("UnhandledPromiseRejection: %s", msg)), JS_PROP_C_W);
    js_define_property_value_str(err, "code", js_new_string_cstr("ERR_UNHANDLED_REJECTION"), JS_PROP_C_W_E);
    js_throw(err);
    return -1;
}

int js_run_ticks_and_microtasks(void)
{
    for (;;) {
        do {
            if (js_run_next_ticks() < 0)
                return -1;
            if (js_run_microtasks() < 0)
                return -1;
        } while (js_next_tick_pending() || js_microtask_pending());
        int r = process_rejections();
        if (r < 0)
            return -1;
        if (r == 0)
            return 0;
    }
}

/* An exception escaped a callback: hand it to process.on('uncaughtException')
 * listeners when there are any (and go on), else print it and exit 1. */
static void uncaught(void)
{
    JSValue exc = rt_take_exception();
    if (js_process_has_listeners("uncaughtException")) {
        JSValue args[2] = { exc, js_new_string_cstr("uncaughtException") };
        if (js_process_emit("uncaughtException", 2, args) >= 0)
            return;
        /* a throwing handler is fatal, with node's exit code 7 */
        js_report_uncaught(rt_take_exception());
        js_node_exit(7);
    }
    js_report_uncaught(exc);
    js_process_exit_with(1);
}

void js_node_after_callback(JSValue result)
{
    if (result == JS_EXCEPTION)
        uncaught();
    while (js_run_ticks_and_microtasks() < 0)
        uncaught();
    /* FinalizationRegistry callbacks run as a task of their own after a GC */
    if (js_finalization_pending())
        js_node_after_callback(js_finalization_run());
    /* console output is buffered within a macrotask but reaches the file
     * or pipe before the loop waits again, so a long-running program's
     * log is never held back. */
    fflush(stdout);
}

_Noreturn void js_node_exit(int code)
{
    fflush(stdout);
    fflush(stderr);
    exit(code);
}

int js_node_run_program(JSValue (*entry)(void))
{
    JSValue r = entry();
    js_node_after_callback(r);
    for (;;) {
        uv_run(js_node_loop(), UV_RUN_DEFAULT);
        /* 'beforeExit' listeners may schedule more work */
        if (!js_process_has_listeners("beforeExit"))
            break;
        JSValue code = js_mk_int32(js_process_exit_code());
        js_node_after_callback(js_process_emit("beforeExit", 1, &code) < 0 ? JS_EXCEPTION : JS_UNDEFINED);
        if (!uv_loop_alive(js_node_loop()))
            break;
    }
    /* node's handleProcessExit: a top-level await that never settled exits
     * with kUnsettledTopLevelAwait (13) unless process.exitCode was set
     * (the 'exit' listeners still see the code as it was) */
    bool unsettled = js_esm_exit_unsettled();
    int code = js_process_finish(js_process_exit_code(), false);
    if (unsettled && !js_process_exit_code_is_set())
        code = 13;
    fflush(stdout);
    return code;
}
