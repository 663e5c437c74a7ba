/*
 * process.c — the global `process` object.
 *
 * Choices where a compiled program cannot be node (docs/usage.md repeats
 * them for users):
 *   - process.argv[0] and process.argv[1] are both the absolute path of the
 *     running executable (node has its own binary and then the script), so
 *     `process.argv.slice(2)` is the user's arguments as with node;
 *     process.argv0 is the argv[0] the program was started with and
 *     process.execPath the executable's absolute path.
 *   - process.version is "v20.0.0" (the node API level Kiln follows; no
 *     pre-release tag, which semver ranges would reject) and
 *     process.versions.kiln names Kiln's own version.
 *
 * process.exitCode is an accessor that validates like node's (an integer,
 * an integer string, undefined or null); process.exit() emits 'exit',
 * flushes stdio and ends the process at once.
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <gc.h>
#include "node/bundle.h"
#include "node/node.h"
#include "node/node_errors.h"
#include "node/buffer.h"
#include "node/strbuf.h"

#ifndef KILN_VERSION
#define KILN_VERSION "0.1.0"
#endif

extern char **environ;

static int saved_argc;
static char **saved_argv;
static JSValue process_obj;
static double start_time_ms;

void js_node_set_args(int argc, char **argv)
{
    saved_argc = argc;
    saved_argv = argv;
}

static char *exec_path(void)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n > 0) {
        buf[n] = 0;
        return str_dup(buf);
    }
    if (saved_argc > 0 && saved_argv[0]) {
        char *r = realpath(saved_argv[0], NULL);
        if (r) {
            char *s = str_dup(r);
            free(r);
            return s;
        }
        return str_dup(saved_argv[0]);
    }
    return str_dup("kiln-program");
}

/* process.exitCode lives here (an accessor on process validates it). */
static JSValue exit_code = JS_UNDEFINED;

bool js_process_exit_code_is_set(void) { return !js_is_nullish(exit_code); }

int js_process_exit_code(void)
{
    if (!js_is_number(exit_code)) {
        if (js_is_string(exit_code))
            return (int)(int64_t)js_string_to_number(exit_code) & 0xFF;
        return 0;
    }
    return (int)(int64_t)js_to_double(exit_code) & 0xFF;
}

/* node's validateInteger for exit codes: undefined, null, an integer, or
 * a string holding one. */
static int validate_exit_code(JSValue v)
{
    if (js_is_nullish(v))
        return 0;
    if (js_is_number(v)) {
        double d = js_to_double(v);
        if (d != trunc(d) || !isfinite(d)) {
            js_node_throw_code(JS_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                               "The value of \"code\" is out of range. It must be an integer. Received %s",
                               js_inspect_format_number(d, false));
            return -1;
        }
        return 0;
    }
    if (js_is_string(v) && js_string_length(v) > 0) {
        double d = js_string_to_number(v);
        if (d == trunc(d) && isfinite(d))
            return 0;
    }
    js_node_throw_invalid_arg_type("code", "of type number", v);
    return -1;
}

static JSValue js_exit_code_get(JSFunction *callee, JSValue this_val, int32_t argc,
                                const JSValue *argv, JSValue new_target)
{
    return exit_code;
}

static JSValue js_exit_code_set(JSFunction *callee, JSValue this_val, int32_t argc,
                                const JSValue *argv, JSValue new_target)
{
    JSValue v = js_arg(argc, argv, 0);
    if (validate_exit_code(v) < 0)
        return JS_EXCEPTION;
    exit_code = v;
    return JS_UNDEFINED;
}

void js_process_set_exit_code(int code)
{
    exit_code = js_mk_int32(code);
}

/* process.exit([code]) */
static JSValue js_process_exit(JSFunction *callee, JSValue this_val, int32_t argc,
                               const JSValue *argv, JSValue new_target)
{
    JSValue code = js_arg(argc, argv, 0);
    if (code != JS_UNDEFINED) {
        if (validate_exit_code(code) < 0)
            return JS_EXCEPTION;
        exit_code = code;
    }
    js_process_exit_with(js_process_exit_code());
}

static JSValue js_process_cwd(JSFunction *callee, JSValue this_val, int32_t argc,
                              const JSValue *argv, JSValue new_target)
{
    char buf[PATH_MAX];
    size_t n = sizeof buf;
    int r = uv_cwd(buf, &n);
    if (r < 0)
        return js_node_throw_code(JS_ERROR, uv_err_name(r), "%s: %s, uv_cwd", uv_err_name(r), uv_strerror(r));
    return js_new_string_from_utf8(buf, n);
}

static JSValue js_process_chdir(JSFunction *callee, JSValue this_val, int32_t argc,
                                const JSValue *argv, JSValue new_target)
{
    JSValue d = js_arg(argc, argv, 0);
    if (!js_is_string(d))
        return js_node_throw_invalid_arg_type("directory", "of type string", d);
    char *dir = js_string_to_utf8(d, NULL);
    int r = uv_chdir(dir);
    if (r < 0)
        return js_node_throw_code(JS_ERROR, uv_err_name(r), "%s: %s, chdir %s -> '%s'",
                                  uv_err_name(r), uv_strerror(r), "", dir);
    return JS_UNDEFINED;
}

/* process.hrtime([previous]) → [seconds, nanoseconds] */
static JSValue js_process_hrtime(JSFunction *callee, JSValue this_val, int32_t argc,
                                 const JSValue *argv, JSValue new_target)
{
    uint64_t t = uv_hrtime();
    int64_t sec = (int64_t)(t / 1000000000u), nsec = (int64_t)(t % 1000000000u);
    JSValue prev = js_arg(argc, argv, 0);
    if (prev != JS_UNDEFINED) {
        if (!js_is_array(prev))
            return js_node_throw_invalid_arg_type("time", "an instance of Array", prev);
        JSValue ps = js_get_index(prev, 0), pn = js_get_index(prev, 1);
        if (ps == JS_EXCEPTION || pn == JS_EXCEPTION)
            return JS_EXCEPTION;
        double s = js_is_number(ps) ? js_to_double(ps) : 0, n = js_is_number(pn) ? js_to_double(pn) : 0;
        sec -= (int64_t)s;
        nsec -= (int64_t)n;
        if (nsec < 0) {
            sec--;
            nsec += 1000000000;
        }
    }
    JSValue parts[2] = { js_mk_number((double)sec), js_mk_number((double)nsec) };
    return js_new_array_from(2, parts);
}

static JSValue js_process_uptime(JSFunction *callee, JSValue this_val, int32_t argc,
                                 const JSValue *argv, JSValue new_target)
{
    return js_mk_number(((double)uv_hrtime() / 1e6 - start_time_ms) / 1000);
}

static double rss_bytes(void)
{
    size_t rss = 0;
    if (uv_resident_set_memory(&rss) == 0)
        return (double)rss;
    return 0;
}

static JSValue js_process_memory_usage(JSFunction *callee, JSValue this_val, int32_t argc,
                                       const JSValue *argv, JSValue new_target)
{
    JSValue o = js_new_object();
    double heap_total = (double)GC_get_heap_size();
    double heap_used = heap_total - (double)GC_get_free_bytes();
    js_set_property_str(o, "rss", js_mk_number(rss_bytes()));
    js_set_property_str(o, "heapTotal", js_mk_number(heap_total));
    js_set_property_str(o, "heapUsed", js_mk_number(heap_used));
    js_set_property_str(o, "external", js_mk_int32(0));
    js_set_property_str(o, "arrayBuffers", js_mk_int32(0));
    return o;
}

static JSValue js_process_memory_rss(JSFunction *callee, JSValue this_val, int32_t argc,
                                     const JSValue *argv, JSValue new_target)
{
    return js_mk_number(rss_bytes());
}

/* process.stdout.write(chunk[, encoding][, callback]): a string (in any Buffer encoding) or a Uint8Array. */
static JSValue stream_write(int fd, int32_t argc, const JSValue *argv)
{
    JSValue chunk = js_arg(argc, argv, 0);
    uint8_t *bytes;
    size_t n;
    if (js_is_string(chunk)) {
        JSValue encv = js_arg(argc, argv, 1);
        JSEncoding e = JS_ENC_UTF8;
        if (js_is_string(encv) && js_buffer_arg_encoding(encv, JS_ENC_UTF8, &e) < 0)
            return JS_EXCEPTION;
        if (e == JS_ENC_UTF8) {
            char *s = js_string_to_utf8(chunk, &n);
            js_node_write(fd, s, n);
        } else {
            bytes = js_buffer_encode_string(chunk, e, &n);
            js_node_write(fd, (const char *)bytes, n);
        }
    } else if (js_is_uint8array(chunk) && js_buffer_view_bytes(chunk, &bytes, &n)) {
        js_node_write(fd, (const char *)bytes, n);
    } else {
        return js_node_throw_invalid_arg_type("chunk", "of type string or an instance of Buffer or Uint8Array", chunk);
    }
    JSValue cb = argc > 1 && js_is_callable(argv[argc - 1]) ? argv[argc - 1] : JS_UNDEFINED;
    if (cb != JS_UNDEFINED)
        js_enqueue_next_tick(cb, 0, NULL);
    return JS_TRUE;
}

static JSValue js_stdout_write(JSFunction *callee, JSValue this_val, int32_t argc,
                               const JSValue *argv, JSValue new_target)
{
    return stream_write(1, argc, argv);
}

static JSValue js_stderr_write(JSFunction *callee, JSValue this_val, int32_t argc,
                               const JSValue *argv, JSValue new_target)
{
    return stream_write(2, argc, argv);
}

static JSValue js_return_this(JSFunction *callee, JSValue this_val, int32_t argc,
                              const JSValue *argv, JSValue new_target)
{
    return this_val;
}

static JSValue js_return_false(JSFunction *callee, JSValue this_val, int32_t argc,
                               const JSValue *argv, JSValue new_target)
{
    return JS_FALSE;
}

static JSValue js_return_zero(JSFunction *callee, JSValue this_val, int32_t argc,
                              const JSValue *argv, JSValue new_target)
{
    return js_mk_int32(0);
}

static JSValue make_stream(int fd)
{
    JSValue s = js_new_object();
    js_define_property_value_str(s, "write", js_new_native_function("write", fd == 1 ? js_stdout_write : js_stderr_write, 1), JS_PROP_C_W);
    js_define_property_value_str(s, "fd", js_mk_int32(fd), JS_PROP_C_W_E);
    /* as in node, only a terminal's stream has isTTY (a file's or a
     * pipe's reads undefined) */
    bool tty = isatty(fd);
    if (tty) {
        js_define_property_value_str(s, "isTTY", JS_TRUE, JS_PROP_C_W_E);
        struct winsize ws;
        if (ioctl(fd, TIOCGWINSZ, &ws) == 0) {
            js_define_property_value_str(s, "columns", js_mk_int32(ws.ws_col), JS_PROP_C_W_E);
            js_define_property_value_str(s, "rows", js_mk_int32(ws.ws_row), JS_PROP_C_W_E);
        }
        js_tty_install_stream_methods(s);
    }
    /* Events are not implemented yet: accept listeners and ignore them,
     * with enough of the emitter surface for a stream to pipe() into
     * process.stdout (which never ends it: _isStdio). */
    static const char *const takes[] = {
        "on", "once", "addListener", "prependListener", "prependOnceListener", "removeListener", "off",
        "removeAllListeners",
    };
    for (size_t i = 0; i < JS_COUNTOF(takes); i++)
        js_define_property_value_str(s, takes[i], js_new_native_function(takes[i], js_return_this, 2), JS_PROP_C_W);
    js_define_property_value_str(s, "emit", js_new_native_function("emit", js_return_false, 1), JS_PROP_C_W);
    js_define_property_value_str(s, "listenerCount", js_new_native_function("listenerCount", js_return_zero, 1),
                                 JS_PROP_C_W);
    js_define_property_value_str(s, "writable", JS_TRUE, JS_PROP_C_W);
    js_define_property_value_str(s, "_isStdio", JS_TRUE, JS_PROP_C_W);
    return s;
}

/* process.stdin: a stream.Readable over fd 0 (stdlib/internal/process/
 * stdin.js), made on first read of the property. The driver bundles that
 * module only into programs whose text names stdin (driver/modules.c); in
 * others the property reads undefined. */
static JSValue stdin_value;

static JSValue js_process_stdin_get(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                                    JSValue new_target)
{
    (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target;
    if (stdin_value) return stdin_value;
    int32_t i = js_bundle_nmods > 0 ? js_bundle_find_stdlib("node:internal/process/stdin") : -1;
    if (i < 0) return JS_UNDEFINED;
    JSValue v = js_cjs_load(i, -1);
    if (v == JS_EXCEPTION) return JS_EXCEPTION;
    stdin_value = v;
    return v;
}

static JSValue make_env(void)
{
    JSValue env = js_new_object();
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e)
            continue;
        JSAtom key = js_atom_from_utf8(*e, (size_t)(eq - *e));
        js_define_property_value(env, key, js_new_string_cstr(eq + 1), JS_PROP_C_W_E);
    }
    return env;
}

static JSValue str(const char *s) { return js_new_string_cstr(s); }

static JSValue make_versions(void)
{
    JSValue v = js_new_object();
    js_set_property_str(v, "node", str("20.0.0"));
    js_set_property_str(v, "kiln", str(KILN_VERSION));
    js_set_property_str(v, "uv", str(uv_version_string()));
    char gc[32];
    unsigned gv = GC_get_version();
    snprintf(gc, sizeof gc, "%u.%u.%u", gv >> 16, (gv >> 8) & 0xFF, gv & 0xFF);
    js_set_property_str(v, "gc", str(gc));
    js_set_property_str(v, "modules", str("115"));
    return v;
}

/* process.kill(pid[, signal]) */
static JSValue js_process_kill(JSFunction *callee, JSValue this_val, int32_t argc,
                               const JSValue *argv, JSValue new_target)
{
    JSValue pid = js_arg(argc, argv, 0), sig = js_arg(argc, argv, 1);
    double p = js_is_number(pid) ? js_to_double(pid) : NAN;
    if (!js_is_number(pid) || p != p || p != (double)(int64_t)p) {
        /* node: pid == (pid | 0) or ERR_INVALID_ARG_TYPE */
        return js_node_throw_invalid_arg_type("pid", "of type number", pid);
    }
    int s = SIGTERM;
    if (js_is_number(sig)) {
        s = (int)js_to_double(sig);
    } else if (js_is_string(sig)) {
        char *name = js_string_to_utf8(sig, NULL);
        s = js_signal_number(name);
        if (s == 0)
            return js_node_throw_code(JS_TYPE_ERROR, "ERR_UNKNOWN_SIGNAL", "Unknown signal: %s", name);
    } else if (sig != JS_UNDEFINED) {
        char *shown = js_inspect_utf8(sig, NULL, NULL);
        return shown ? js_node_throw_code(JS_TYPE_ERROR, "ERR_UNKNOWN_SIGNAL", "Unknown signal: %s", shown)
                     : JS_EXCEPTION;
    }
    fflush(stdout);
    int err = uv_kill((int)p, s);
    if (err < 0) {
        char msg[64];
        snprintf(msg, sizeof msg, "kill %s", uv_err_name(err));
        JSValue e = js_new_error(JS_ERROR, js_new_string_cstr(msg));
        js_define_property_value_str(e, "errno", js_mk_int32(err), JS_PROP_C_W_E);
        js_define_property_value_str(e, "code", js_new_string_cstr(uv_err_name(err)), JS_PROP_C_W_E);
        js_define_property_value_str(e, "syscall", js_new_string_cstr("kill"), JS_PROP_C_W_E);
        return js_throw(e);
    }
    return JS_TRUE;
}

static const JSPropDef process_props[] = {
    JS_CFUNC_DEF("kill", 2, js_process_kill),
    JS_CFUNC_DEF("exit", 1, js_process_exit),
    JS_CFUNC_DEF("cwd", 0, js_process_cwd),
    JS_CFUNC_DEF("chdir", 1, js_process_chdir),
    JS_CFUNC_DEF("hrtime", 1, js_process_hrtime),
    JS_CFUNC_DEF("uptime", 0, js_process_uptime),
    JS_CFUNC_DEF("memoryUsage", 0, js_process_memory_usage),
};

JSValue js_process_install(JSValue global)
{
    start_time_ms = (double)uv_hrtime() / 1e6;
    JSValue p = js_new_object();
    process_obj = p;
    js_install_props(p, process_props, JS_COUNTOF(process_props));
    JSValue mu = js_get_property_str(p, "memoryUsage");
    if (js_is_object(mu))
        js_define_property_value_str(mu, "rss", js_new_native_function("rss", js_process_memory_rss, 0), JS_PROP_C_W);

    char *exe = exec_path();
    uint32_t n = saved_argc > 0 ? (uint32_t)saved_argc + 1 : 2;
    JSValue *args = rt_alloc_cell(n * sizeof(JSValue));
    args[0] = str(exe);
    args[1] = str(exe);
    for (int i = 1; i < saved_argc; i++)
        args[i + 1] = str(saved_argv[i]);
    js_set_property_str(p, "argv", js_new_array_from(n, args));
    js_set_property_str(p, "argv0", str(saved_argc > 0 && saved_argv[0] ? saved_argv[0] : exe));
    js_set_property_str(p, "execPath", str(exe));
    js_set_property_str(p, "execArgv", js_new_array(0));
    js_define_property_getset(p, js_atom_from_cstr("exitCode"),
                              js_new_native_function("get", js_exit_code_get, 0),
                              js_new_native_function("set", js_exit_code_set, 1),
                              JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
    js_set_property_str(p, "env", make_env());
    js_set_property_str(p, "title", str("node"));
    js_set_property_str(p, "version", str("v20.0.0"));
    js_set_property_str(p, "versions", make_versions());
    js_set_property_str(p, "platform", str("linux"));
#if defined(__aarch64__)
    js_set_property_str(p, "arch", str("arm64"));
#elif defined(__x86_64__)
    js_set_property_str(p, "arch", str("x64"));
#else
    js_set_property_str(p, "arch", str("unknown"));
#endif
    js_set_property_str(p, "pid", js_mk_int32((int32_t)uv_os_getpid()));
    js_set_property_str(p, "ppid", js_mk_int32((int32_t)uv_os_getppid()));
    JSValue release = js_new_object();
    js_set_property_str(release, "name", str("node"));
    js_set_property_str(p, "release", release);
    js_set_property_str(p, "stdout", make_stream(1));
    js_set_property_str(p, "stderr", make_stream(2));
    js_define_property_getset(p, js_atom_from_cstr("stdin"),
                              js_new_native_function("get stdin", js_process_stdin_get, 0), JS_UNDEFINED,
                              JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
    js_process_events_install(p);
    js_define_property_value_str(global, "process", p, JS_PROP_C_W);
    return p;
}
