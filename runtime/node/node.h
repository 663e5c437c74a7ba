/*
 * node.h — the C half of the node layer: the event loop, the nextTick and
 * microtask queues, timers, console, process and util.inspect.
 *
 * Other parts of the runtime (Promise, later node modules) include this
 * header as "node/node.h". Everything here follows the conventions of
 * kiln/runtime.h: a JSValue result of JS_EXCEPTION means an exception is
 * pending, an int result of -1 means the same.
 *
 * The order of work is node's (see loop.c for the long version): run the main
 * module, drain nextTicks then microtasks, then run libuv's loop, draining
 * both queues again after every callback that runs JavaScript.
 */
#ifndef KILN_NODE_H
#define KILN_NODE_H

#include <stdbool.h>
#include <stddef.h>
#include <uv.h>
#include "kiln/runtime.h"

/* ---- loop.c -------------------------------------------------------------- */
/* The process's one libuv loop. */
uv_loop_t *js_node_loop(void);
/* Drains process.nextTick callbacks and then microtasks, repeating until
 * both queues are empty. Returns 0, or -1 with the exception pending when a
 * callback threw (the rest of the queues stay queued). */
int js_run_ticks_and_microtasks(void);
/* Called by every libuv callback that ran JavaScript: `result` is what the
 * JavaScript returned. Drains the queues; an exception (from the callback or
 * from the queues) is reported as uncaught and ends the process with exit
 * code 1 (js_node_exit). */
void js_node_after_callback(JSValue result);
/* Runs the whole program: the entry function, the queues, the loop. Returns
 * the process exit code. */
int js_node_run_program(JSValue (*entry)(void));

/* Ends the process after flushing stdout and stderr (process.exit). */
_Noreturn void js_node_exit(int code);

/* ---- microtask.c --------------------------------------------------------- */
/* Queues fn(...argv) as a microtask (Promise jobs, queueMicrotask). fn is
 * called with `this` undefined. argv is copied. */
void js_enqueue_microtask(JSValue fn, int argc, const JSValue *argv);
/* Queues a C job as a microtask: job(data...) with ndata values copied. The
 * job returns a value or JS_EXCEPTION like a native function. */
typedef JSValue (*JSMicrotaskJob)(int ndata, JSValue *data);
void js_enqueue_microtask_job(JSMicrotaskJob job, int ndata, const JSValue *data);
/* Queues fn(...argv) on the process.nextTick queue. */
void js_enqueue_next_tick(JSValue fn, int argc, const JSValue *argv);
/* Runs every queued microtask (including ones queued meanwhile). */
int js_run_microtasks(void);
/* Runs every queued nextTick callback (including ones queued meanwhile). */
int js_run_next_ticks(void);
bool js_next_tick_pending(void);
bool js_microtask_pending(void);
void js_microtask_install(JSValue global, JSValue process);

/* ---- timers.c ------------------------------------------------------------ */
void js_timers_install(JSValue global);

/* ---- inspect.c ----------------------------------------------------------- */
typedef struct JSInspectOptions {
    int depth;              /* levels to descend; INT32_MAX = no limit (null) */
    bool show_hidden;
    bool custom_inspect;    /* call [util.inspect.custom] methods */
    bool getters;           /* call getters (true) or print [Getter] */
    bool sorted;
    bool numeric_separator;
    int compact;            /* 0 = false, -1 = true, n >= 1 = group n levels */
    int break_length;       /* 80; INT32_MAX = Infinity */
    int max_array_length;   /* 100; INT32_MAX = Infinity/null */
    int max_string_length;  /* 10000 */
} JSInspectOptions;

/* node's defaults: depth 2, compact 3, breakLength 80, maxArrayLength 100. */
void js_inspect_default_options(JSInspectOptions *opts);
/* util.inspect(v, opts) as a UTF-8 string in GC memory (NUL-terminated;
 * *len may be NULL). NULL with an exception pending when a getter, a
 * toStringTag or a custom inspect function threw. opts NULL = defaults. */
char *js_inspect_utf8(JSValue v, const JSInspectOptions *opts, size_t *len);
/* The same as a string value. */
JSValue js_inspect(JSValue v, const JSInspectOptions *opts);
/* formatNumber: Number::toString, "-0" for negative zero, optional
 * numeric separators (1_000). GC memory. */
char *js_inspect_format_number(double d, bool numeric_separator);
/* Fills opts from a JS options object (util.inspect's second argument). */
int js_inspect_options_from_object(JSValue obj, JSInspectOptions *opts);
/* The util.inspect function object (created on first use). */
JSValue js_inspect_function(void);
/* Symbol.for('nodejs.util.inspect.custom'). */
JSValue js_inspect_custom_symbol(void);

/* ---- format.c ------------------------------------------------------------ */
/* util.format(...args) / formatWithOptions as UTF-8 (GC memory). NULL with
 * an exception pending on error. */
char *js_format_utf8(const JSInspectOptions *opts, int argc, const JSValue *argv, size_t *len);

/* ---- modules.c ----------------------------------------------------------- */
/* The module object of a node built-in the C layer provides ("util",
 * "timers", "process", "console", with or without "node:"), created once;
 * JS_UNDEFINED for any other name. For the implementation of require(). */
JSValue js_node_builtin_module(const char *name);
/* The C natives that stdlib modules require as 'kiln:<name>' (name without
 * the prefix), or JS_UNDEFINED. */
JSValue js_node_native_module(const char *name);
/* natives.c: the global `crypto` accessor (node:crypto's webcrypto). */
void js_node_install_lazy_globals(JSValue global);

/* ---- cjs.c --------------------------------------------------------------- */
/* Runs the bundled CommonJS program: module 0 is the entry. Called by the
 * compiler's kiln_program_entry (see kc_lower_bundle); the table types are
 * defined in cjs.c and mirrored there. */
struct KilnCjsModule;
struct KilnCjsLink;
JSValue rt_cjs_run_main(const struct KilnCjsModule *mods, int32_t n, const struct KilnCjsLink *links,
                        int32_t nlinks);

/* ---- console.c / process.c ----------------------------------------------- */
void js_console_install(JSValue global);
/* Creates the process object (needs argc/argv from js_node_set_args). */
JSValue js_process_install(JSValue global);
/* Records the command line for process.argv; call before js_runtime_init. */
void js_node_set_args(int argc, char **argv);
/* process.exitCode as an int (0 when unset). */
int js_process_exit_code(void);
void js_process_set_exit_code(int code);
bool js_process_exit_code_is_set(void);
/* esm.c: at exit, the main module's evaluation is still pending (top-level
 * await never settled): warns as node does and returns true. */
bool js_esm_exit_unsettled(void);
/* Writes bytes to fd 1 or 2 through stdio (stdout flushed before stderr
 * output so that interleaving matches node's synchronous writes). */
void js_node_write(int fd, const char *s, size_t len);

/* ---- process_events.c ---------------------------------------------------- */
void js_process_events_install(JSValue process);
/* The number of a signal name ('SIGINT' -> 2), 0 if it is none. */
int js_signal_number(const char *name);
/* process.emit(event, ...argv): 1 if there were listeners, 0 if none, -1
 * with the exception pending if one threw. */
int js_process_emit(const char *event, int argc, const JSValue *argv);
bool js_process_has_listeners(const char *event);
/* Emits 'exit' once with `code` (first storing it in process.exitCode when
 * set_exit_code) and returns the status to exit with: process.exitCode as
 * the listeners left it, or 7 when one threw. */
int js_process_finish(int code, bool set_exit_code);
/* process.exit(code): js_process_finish, then end the process. */
_Noreturn void js_process_exit_with(int code);

/* ---- tty.c --------------------------------------------------------------- */
/* node's getColorDepth over an env object (1, 4, 8 or 24; -1 with an
 * exception pending). */
int js_tty_color_depth(JSValue env);
/* getColorDepth, hasColors, getWindowSize, clearLine, ... on a TTY stream
 * object with an `fd` (process.stdout/stderr when they are terminals). */
void js_tty_install_stream_methods(JSValue stream);
/* The 'kiln:tty' native object. */
JSValue js_tty_native(void);

/* ---- fatal.c ------------------------------------------------------------- */
/* Prints an uncaught exception to stderr as node 20 does (throw site, source
 * line and caret, then the error's stack or inspected value). */
void js_report_uncaught(JSValue exc);

/* ---- host objects (node objects with C payloads, JS_CELL_HOST) ----------- */
typedef enum JSHostType {
    JS_HOST_TIMEOUT = 1,
    JS_HOST_IMMEDIATE,
    JS_HOST_CRYPTO,         /* a hash, HMAC or cipher context (crypto.c) */
    JS_HOST_PROCESS,        /* a child process wrap (child_process.c) */
    JS_HOST_PIPE,           /* a pipe wrap (child_process.c) */
} JSHostType;

/* Every JS_CELL_HOST object starts with this. */
typedef struct JSHostObject {
    JSObject o;
    uint32_t host_type;     /* JSHostType */
    uint32_t pad;
} JSHostObject;

static inline bool js_is_host(JSValue v, JSHostType t)
{
    return js_is_cell(v) && js_cell_kind(v) == JS_CELL_HOST &&
           ((JSHostObject *)js_cell_ptr(v))->host_type == (uint32_t)t;
}

#endif /* KILN_NODE_H */
