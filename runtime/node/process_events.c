/*
 * process_events.c — process as a small event emitter (on, once, off,
 * emit, ...) and the three process events the node layer itself raises:
 *
 *   'uncaughtException' (err, origin): when listeners exist, an exception
 *       that escapes a callback goes to them instead of ending the process;
 *   'beforeExit' (code): when the loop runs out of work; listeners may
 *       schedule more, and the loop then continues;
 *   'exit' (code): once, right before the process ends (normal end,
 *       process.exit(), or an uncaught exception), after which
 *       process.exitCode — possibly changed by a listener — is the status.
 *
 * Listeners live in a null-prototype object (event name → array of
 * functions) referenced from a static, so the collector keeps them. A
 * `once` listener is wrapped in a native function that removes itself.
 *
 * A listener for a signal name ('SIGINT', 'SIGTERM', ...) starts a
 * uv_signal handle for it (unref'd, as node's, so it does not keep the
 * loop alive); the handle emits the event with the name. The handles are
 * static and hold no JavaScript value. When a signal arrives and its
 * listeners are all gone, the handle stops and the signal is raised
 * again with its default action, so the process ends as without one.
 * When the events module arrives as JavaScript (a later issue), process can
 * become a real EventEmitter; these functions keep the same behaviour.
 */
#include <signal.h>
#include <string.h>
#include "node/node.h"
#include "node/node_errors.h"

static JSValue listeners;   /* null-proto object: name → array */
static JSValue process_ref;
static bool exiting;

static JSValue list_for(JSValue name, bool create)
{
    JSValue arr = js_get_property_value(listeners, name);
    if (arr == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (js_is_array(arr) || !create)
        return arr;
    arr = js_new_array(0);
    if (js_set_property_value(listeners, name, arr, true) < 0)
        return JS_EXCEPTION;
    return arr;
}

static JSValue check_listener(JSValue fn)
{
    if (!js_is_callable(fn))
        return js_node_throw_invalid_arg_type("listener", "of type function", fn);
    return JS_UNDEFINED;
}

#define SIGNAL_LIST(X) X(SIGHUP) X(SIGINT) X(SIGQUIT) X(SIGILL) X(SIGTRAP) X(SIGABRT) X(SIGBUS) X(SIGFPE) \
    X(SIGUSR1) X(SIGSEGV) X(SIGUSR2) X(SIGPIPE) X(SIGALRM) X(SIGTERM) X(SIGCHLD) X(SIGCONT) X(SIGTSTP) \
    X(SIGTTIN) X(SIGTTOU) X(SIGURG) X(SIGXCPU) X(SIGXFSZ) X(SIGVTALRM) X(SIGPROF) X(SIGWINCH) X(SIGIO) \
    X(SIGPWR) X(SIGSYS)

static const struct { const char *name; int num; } signal_names[] = {
#define SIG_ROW(s) {#s, s},
    SIGNAL_LIST(SIG_ROW)
#undef SIG_ROW
};

int js_signal_number(const char *name)
{
    for (size_t i = 0; i < JS_COUNTOF(signal_names); i++)
        if (strcmp(name, signal_names[i].name) == 0)
            return signal_names[i].num;
    return 0;
}

static const char *signal_name(int num)
{
    for (size_t i = 0; i < JS_COUNTOF(signal_names); i++)
        if (signal_names[i].num == num)
            return signal_names[i].name;
    return NULL;
}

static uv_signal_t signal_handles[65];
static bool signal_on[65];

static int64_t listener_count(JSValue name);

static void on_signal(uv_signal_t *h, int signum)
{
    const char *name = signal_name(signum);
    JSValue nv = js_new_string_cstr(name);
    if (listener_count(nv) <= 0) {
        uv_signal_stop(h);
        signal_on[signum] = false;
        signal(signum, SIG_DFL);
        raise(signum);
        return;
    }
    js_node_after_callback(js_process_emit(name, 1, &nv) < 0 ? JS_EXCEPTION : JS_UNDEFINED);
}

/* Starts the handle of a signal event the first time it gets a listener. */
static void watch_signal(JSValue name)
{
    if (!js_is_string(name))
        return;
    int sig = js_signal_number(js_string_to_utf8(name, NULL));
    if (sig <= 0 || sig >= 65 || signal_on[sig] || sig == SIGKILL || sig == SIGSTOP)
        return;
    static bool inited[65];
    if (!inited[sig]) {
        uv_signal_init(js_node_loop(), &signal_handles[sig]);
        uv_unref((uv_handle_t *)&signal_handles[sig]);
        inited[sig] = true;
    }
    if (uv_signal_start(&signal_handles[sig], on_signal, sig) == 0)
        signal_on[sig] = true;
}

static JSValue add_listener(JSValue name, JSValue fn, bool prepend)
{
    watch_signal(name);
    JSValue arr = list_for(name, true);
    if (arr == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!prepend)
        return js_array_push(arr, fn) < 0 ? JS_EXCEPTION : JS_UNDEFINED;
    int64_t n;
    if (js_get_length(arr, &n) < 0)
        return JS_EXCEPTION;
    JSValue *vals = rt_alloc_cell((size_t)(n + 1) * sizeof(JSValue));
    vals[0] = fn;
    for (int64_t i = 0; i < n; i++)
        if ((vals[i + 1] = js_get_index(arr, (uint32_t)i)) == JS_EXCEPTION)
            return JS_EXCEPTION;
    return js_set_property_value(listeners, name, js_new_array_from((uint32_t)(n + 1), vals), true) < 0
               ? JS_EXCEPTION : JS_UNDEFINED;
}

/* Removes the last registration of fn (or of a once wrapper around it). */
static JSValue remove_listener(JSValue name, JSValue fn)
{
    JSValue arr = list_for(name, false);
    if (arr == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!js_is_array(arr))
        return JS_UNDEFINED;
    int64_t n;
    if (js_get_length(arr, &n) < 0)
        return JS_EXCEPTION;
    for (int64_t i = n - 1; i >= 0; i--) {
        JSValue l = js_get_index(arr, (uint32_t)i);
        if (l == JS_EXCEPTION)
            return JS_EXCEPTION;
        bool match = l == fn;
        if (!match && js_is_function(l)) {
            JSValue inner = js_get_property_str(l, "listener");
            if (inner == JS_EXCEPTION)
                return JS_EXCEPTION;
            match = inner == fn;
        }
        if (!match)
            continue;
        JSValue *vals = rt_alloc_cell((size_t)(n > 0 ? n : 1) * sizeof(JSValue));
        uint32_t k = 0;
        for (int64_t j = 0; j < n; j++) {
            if (j == i)
                continue;
            if ((vals[k++] = js_get_index(arr, (uint32_t)j)) == JS_EXCEPTION)
                return JS_EXCEPTION;
        }
        return js_set_property_value(listeners, name, js_new_array_from(k, vals), true) < 0
                   ? JS_EXCEPTION : JS_UNDEFINED;
    }
    return JS_UNDEFINED;
}

static int64_t listener_count(JSValue name)
{
    JSValue arr = list_for(name, false);
    int64_t n = 0;
    if (arr == JS_EXCEPTION) {
        rt_take_exception();
        return 0;
    }
    if (js_is_array(arr) && js_get_length(arr, &n) < 0)
        return 0;
    return n;
}

static JSValue js_process_on(JSFunction *callee, JSValue this_val, int32_t argc,
                             const JSValue *argv, JSValue new_target)
{
    JSValue fn = js_arg(argc, argv, 1);
    if (check_listener(fn) == JS_EXCEPTION || add_listener(js_arg(argc, argv, 0), fn, false) == JS_EXCEPTION)
        return JS_EXCEPTION;
    return this_val;
}

static JSValue js_process_prepend(JSFunction *callee, JSValue this_val, int32_t argc,
                                  const JSValue *argv, JSValue new_target)
{
    JSValue fn = js_arg(argc, argv, 1);
    if (check_listener(fn) == JS_EXCEPTION || add_listener(js_arg(argc, argv, 0), fn, true) == JS_EXCEPTION)
        return JS_EXCEPTION;
    return this_val;
}

/* The wrapper of a once listener: data = { listener, event name }. */
static JSValue once_wrapper(JSFunction *callee, JSValue this_val, int32_t argc,
                            const JSValue *argv, JSValue new_target)
{
    JSValue *data = callee->env->vars;
    if (remove_listener(data[1], js_mk_cell(callee)) == JS_EXCEPTION)
        return JS_EXCEPTION;
    return js_call(data[0], this_val, argc, argv);
}

static JSValue js_process_once(JSFunction *callee, JSValue this_val, int32_t argc,
                               const JSValue *argv, JSValue new_target)
{
    JSValue fn = js_arg(argc, argv, 1);
    if (check_listener(fn) == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue data[2] = { fn, js_arg(argc, argv, 0) };
    JSValue w = js_new_native_function_data("bound onceWrapper", once_wrapper, 0, 2, data);
    js_define_property_value_str(w, "listener", fn, JS_PROP_C_W_E);
    if (add_listener(data[1], w, false) == JS_EXCEPTION)
        return JS_EXCEPTION;
    return this_val;
}

static JSValue js_process_off(JSFunction *callee, JSValue this_val, int32_t argc,
                              const JSValue *argv, JSValue new_target)
{
    if (remove_listener(js_arg(argc, argv, 0), js_arg(argc, argv, 1)) == JS_EXCEPTION)
        return JS_EXCEPTION;
    return this_val;
}

static JSValue js_process_remove_all(JSFunction *callee, JSValue this_val, int32_t argc,
                                     const JSValue *argv, JSValue new_target)
{
    if (argc == 0 || argv[0] == JS_UNDEFINED)
        listeners = js_new_object_proto(JS_NULL);
    else if (js_set_property_value(listeners, argv[0], js_new_array(0), true) < 0)
        return JS_EXCEPTION;
    return this_val;
}

static JSValue copy_list(JSValue name)
{
    JSValue arr = list_for(name, false);
    if (arr == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!js_is_array(arr))
        return js_new_array(0);
    int64_t n;
    if (js_get_length(arr, &n) < 0)
        return JS_EXCEPTION;
    JSValue out = js_new_array(0);
    for (int64_t i = 0; i < n; i++) {
        JSValue l = js_get_index(arr, (uint32_t)i);
        if (l == JS_EXCEPTION)
            return JS_EXCEPTION;
        js_array_push(out, l);
    }
    return out;
}

static JSValue js_process_listeners(JSFunction *callee, JSValue this_val, int32_t argc,
                                    const JSValue *argv, JSValue new_target)
{
    return copy_list(js_arg(argc, argv, 0));
}

static JSValue js_process_listener_count(JSFunction *callee, JSValue this_val, int32_t argc,
                                         const JSValue *argv, JSValue new_target)
{
    JSValue l = copy_list(js_arg(argc, argv, 0));
    if (l == JS_EXCEPTION)
        return JS_EXCEPTION;
    return js_mk_int32((int32_t)js_arr(l)->length);
}

int js_process_emit(const char *event, int argc, const JSValue *argv)
{
    if (!listeners)
        return 0;
    JSValue l = copy_list(js_new_string_cstr(event));
    if (l == JS_EXCEPTION)
        return -1;
    uint32_t n = js_arr(l)->length;
    for (uint32_t i = 0; i < n; i++) {
        JSValue fn = js_get_index(l, i);
        if (fn == JS_EXCEPTION || js_call(fn, process_ref, argc, argv) == JS_EXCEPTION)
            return -1;
    }
    return n > 0;
}

bool js_process_has_listeners(const char *event)
{
    if (!listeners)
        return false;
    JSValue l = list_for(js_new_string_cstr(event), false);
    if (l == JS_EXCEPTION) {
        rt_take_exception();
        return false;
    }
    return js_is_array(l) && js_arr(l)->length > 0;
}

static JSValue js_process_emit_fn(JSFunction *callee, JSValue this_val, int32_t argc,
                                  const JSValue *argv, JSValue new_target)
{
    JSValue l = copy_list(js_arg(argc, argv, 0));
    if (l == JS_EXCEPTION)
        return JS_EXCEPTION;
    uint32_t n = js_arr(l)->length;
    for (uint32_t i = 0; i < n; i++) {
        JSValue fn = js_get_index(l, i);
        if (fn == JS_EXCEPTION ||
            js_call(fn, this_val, argc > 0 ? argc - 1 : 0, argv + (argc > 0)) == JS_EXCEPTION)
            return JS_EXCEPTION;
    }
    return js_mk_bool(n > 0);
}

int js_process_finish(int code, bool set_exit_code)
{
    if (exiting || !process_ref)
        return code;
    exiting = true;
    if (set_exit_code)
        js_process_set_exit_code(code);
    JSValue c = js_mk_int32(code);
    int r = js_process_emit("exit", 1, &c);
    /* The flag only guards against process.exit() inside a listener; the
     * process ends right after this (unit tests run several programs). */
    exiting = false;
    if (r < 0) {
        js_report_uncaught(rt_take_exception());
        return 7;
    }
    return r > 0 ? js_process_exit_code() : code;
}

_Noreturn void js_process_exit_with(int code)
{
    js_node_exit(js_process_finish(code, true));
}

static const JSPropDef event_props[] = {
    JS_CFUNC_DEF("on", 2, js_process_on),
    JS_CFUNC_DEF("addListener", 2, js_process_on),
    JS_CFUNC_DEF("prependListener", 2, js_process_prepend),
    JS_CFUNC_DEF("once", 2, js_process_once),
    JS_CFUNC_DEF("off", 2, js_process_off),
    JS_CFUNC_DEF("removeListener", 2, js_process_off),
    JS_CFUNC_DEF("removeAllListeners", 1, js_process_remove_all),
    JS_CFUNC_DEF("emit", 1, js_process_emit_fn),
    JS_CFUNC_DEF("listeners", 1, js_process_listeners),
    JS_CFUNC_DEF("listenerCount", 1, js_process_listener_count),
};

void js_process_events_install(JSValue process)
{
    process_ref = process;
    listeners = js_new_object_proto(JS_NULL);
    js_install_props(process, event_props, JS_COUNTOF(event_props));
}
