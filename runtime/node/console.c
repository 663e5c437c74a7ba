/*
 * console.c — the global console: log/info/debug to stdout,
 * error/warn/trace to stderr, all through util.format; plus dir, assert,
 * count, time, group and table (console_table.c).
 *
 * Output goes through stdio. stdout is flushed before anything is written
 * to stderr, so the two streams interleave as node's synchronous writes do
 * when both go to one terminal or file; js_node_exit flushes at the end.
 * Lines are indented by console.group as in node (two spaces per level,
 * applied after every newline).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "node/node.h"
#include "node/node_errors.h"
#include "node/strbuf.h"


static int group_indent;           /* spaces */
static JSValue counts;             /* label → count (an object with null proto) */
static JSValue timers;             /* label → start time in ms */

void js_node_write(int fd, const char *s, size_t len)
{
    FILE *f = fd == 2 ? stderr : stdout;
    if (fd == 2)
        fflush(stdout);
    fwrite(s, 1, len, f);
    if (fd == 2)
        fflush(stderr);
}

/* Writes text + "\n" with the group indentation. */
static void write_line(int fd, const char *s, size_t len)
{
    if (group_indent > 0) {
        StrBuf b;
        sb_init(&b);
        sb_spaces(&b, group_indent);
        for (size_t i = 0; i < len; i++) {
            sb_putc(&b, s[i]);
            if (s[i] == '\n')
                sb_spaces(&b, group_indent);
        }
        sb_putc(&b, '\n');
        js_node_write(fd, b.p, b.len);
        return;
    }
    StrBuf b;
    sb_init(&b);
    sb_put(&b, s, len);
    sb_putc(&b, '\n');
    js_node_write(fd, b.p, b.len);
}

static JSValue print_args(int fd, int32_t argc, const JSValue *argv)
{
    size_t len;
    char *s = js_format_utf8(NULL, argc, argv, &len);
    if (!s)
        return JS_EXCEPTION;
    write_line(fd, s, len);
    return JS_UNDEFINED;
}

static JSValue js_console_log(JSFunction *callee, JSValue this_val, int32_t argc,
                              const JSValue *argv, JSValue new_target)
{
    return print_args(1, argc, argv);
}

static JSValue js_console_error(JSFunction *callee, JSValue this_val, int32_t argc,
                                const JSValue *argv, JSValue new_target)
{
    return print_args(2, argc, argv);
}

/* console.trace(...args): "Trace: <message>" and the stack, on stderr. */
static JSValue js_console_trace(JSFunction *callee, JSValue this_val, int32_t argc,
                                const JSValue *argv, JSValue new_target)
{
    size_t len;
    char *msg = js_format_utf8(NULL, argc, argv, &len);
    if (!msg)
        return JS_EXCEPTION;
    JSValue err = js_new_error(JS_ERROR, js_new_string_from_utf8(msg, len));
    if (err == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue st = js_get_property(err, JS_ATOM(stack));
    if (st == JS_EXCEPTION)
        return JS_EXCEPTION;
    const char *stack = js_is_string(st) ? js_string_to_utf8(st, NULL) : "Error";
    const char *frames = strstr(stack, "\n    at ");
    char *out = str_fmt("Trace%s%s%s", len ? ": " : "", msg, frames ? frames : "");
    write_line(2, out, strlen(out));
    return JS_UNDEFINED;
}

/* console.dir(obj, options): util.inspect with customInspect off. */
static JSValue js_console_dir(JSFunction *callee, JSValue this_val, int32_t argc,
                              const JSValue *argv, JSValue new_target)
{
    JSInspectOptions o;
    js_inspect_default_options(&o);
    o.custom_inspect = false;
    if (argc > 1 && js_inspect_options_from_object(argv[1], &o) < 0)
        return JS_EXCEPTION;
    size_t len;
    char *s = js_inspect_utf8(js_arg(argc, argv, 0), &o, &len);
    if (!s)
        return JS_EXCEPTION;
    write_line(1, s, len);
    return JS_UNDEFINED;
}

/* console.assert(value, ...message): warns "Assertion failed[: message]". */
static JSValue js_console_assert(JSFunction *callee, JSValue this_val, int32_t argc,
                                 const JSValue *argv, JSValue new_target)
{
    if (js_to_boolean(js_arg(argc, argv, 0)))
        return JS_UNDEFINED;
    int32_t n = argc > 1 ? argc - 1 : 0;
    JSValue *args = rt_alloc_cell((size_t)(n + 1) * sizeof(JSValue));
    if (n > 0 && js_is_string(argv[1])) {
        args[0] = js_string_concat(js_new_string_cstr("Assertion failed: "), argv[1]);
        memcpy(args + 1, argv + 2, (size_t)(n - 1) * sizeof(JSValue));
    } else {
        args[0] = js_new_string_cstr("Assertion failed");
        if (n > 0)
            memcpy(args + 1, argv + 1, (size_t)n * sizeof(JSValue));
        n++;
    }
    return print_args(2, n, args);
}

static JSValue label_of(int32_t argc, const JSValue *argv)
{
    JSValue l = js_arg(argc, argv, 0);
    if (l == JS_UNDEFINED)
        return js_new_string_cstr("default");
    return js_to_string(l);
}

static JSValue js_console_count(JSFunction *callee, JSValue this_val, int32_t argc,
                                const JSValue *argv, JSValue new_target)
{
    JSValue label = label_of(argc, argv);
    if (label == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue cur = js_get_property_value(counts, label);
    if (cur == JS_EXCEPTION)
        return JS_EXCEPTION;
    double n = js_is_number(cur) ? js_to_double(cur) + 1 : 1;
    if (js_set_property_value(counts, label, js_mk_number(n), false) < 0)
        return JS_EXCEPTION;
    char *s = str_fmt("%s: %s", js_string_to_utf8(label, NULL), js_inspect_format_number(n, false));
    write_line(1, s, strlen(s));
    return JS_UNDEFINED;
}

static JSValue js_console_count_reset(JSFunction *callee, JSValue this_val, int32_t argc,
                                      const JSValue *argv, JSValue new_target)
{
    JSValue label = label_of(argc, argv);
    if (label == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (js_set_property_value(counts, label, js_mk_int32(0), false) < 0)
        return JS_EXCEPTION;
    return JS_UNDEFINED;
}

static double now_ms(void)
{
    return (double)uv_hrtime() / 1e6;
}

/* node's formatTime: "1.234ms", "1.500s", "1:02.345 (m:ss.mmm)". */
static char *format_time(double ms)
{
    double hours = 0, minutes = 0, seconds = 0;
    if (ms >= 1000) {
        if (ms >= 60000) {
            if (ms >= 3600000) {
                hours = floor(ms / 3600000);
                ms = fmod(ms, 3600000);
            }
            minutes = floor(ms / 60000);
            ms = fmod(ms, 60000);
        }
        seconds = ms / 1000;
    }
    if (hours != 0 || minutes != 0) {
        char sec[32];
        snprintf(sec, sizeof sec, "%06.3f", seconds);
        if (hours != 0)
            return str_fmt("%.0f:%02.0f:%s (h:mm:ss.mmm)", hours, minutes, sec);
        return str_fmt("%.0f:%s (m:ss.mmm)", minutes, sec);
    }
    if (seconds != 0)
        return str_fmt("%.3fs", seconds);
    char fixed[64];
    snprintf(fixed, sizeof fixed, "%.3f", ms);
    return str_fmt("%sms", js_inspect_format_number(strtod(fixed, NULL), false));
}

static JSValue js_console_time(JSFunction *callee, JSValue this_val, int32_t argc,
                               const JSValue *argv, JSValue new_target)
{
    JSValue label = label_of(argc, argv);
    if (label == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (js_set_property_value(timers, label, js_mk_double(now_ms()), false) < 0)
        return JS_EXCEPTION;
    return JS_UNDEFINED;
}

static JSValue time_log(int32_t argc, const JSValue *argv, bool end)
{
    JSValue label = label_of(argc, argv);
    if (label == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue start = js_get_property_value(timers, label);
    if (start == JS_EXCEPTION)
        return JS_EXCEPTION;
    char *l = js_string_to_utf8(label, NULL);
    if (!js_is_number(start)) {
        char *w = str_fmt("(node:%d) Warning: No such label '%s' for console.time%s()",
                          (int)uv_os_getpid(), l, end ? "End" : "Log");
        write_line(2, w, strlen(w));
        return JS_UNDEFINED;
    }
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "%s: %s", l, format_time(now_ms() - js_to_double(start)));
    if (end) {
        JSAtom key = js_value_to_atom(label);
        if (key != JS_EXCEPTION)
            js_delete_property(timers, key, false);
    } else if (argc > 1) {
        size_t len;
        char *rest = js_format_utf8(NULL, argc - 1, argv + 1, &len);
        if (!rest)
            return JS_EXCEPTION;
        sb_putc(&b, ' ');
        sb_put(&b, rest, len);
    }
    write_line(1, b.p, b.len);
    return JS_UNDEFINED;
}

static JSValue js_console_time_end(JSFunction *callee, JSValue this_val, int32_t argc,
                                   const JSValue *argv, JSValue new_target)
{
    return time_log(argc, argv, true);
}

static JSValue js_console_time_log(JSFunction *callee, JSValue this_val, int32_t argc,
                                   const JSValue *argv, JSValue new_target)
{
    return time_log(argc, argv, false);
}

static JSValue js_console_group(JSFunction *callee, JSValue this_val, int32_t argc,
                                const JSValue *argv, JSValue new_target)
{
    if (argc > 0 && print_args(1, argc, argv) == JS_EXCEPTION)
        return JS_EXCEPTION;
    group_indent += 2;
    return JS_UNDEFINED;
}

static JSValue js_console_group_end(JSFunction *callee, JSValue this_val, int32_t argc,
                                    const JSValue *argv, JSValue new_target)
{
    if (group_indent >= 2)
        group_indent -= 2;
    return JS_UNDEFINED;
}

char *js_console_table_text(JSValue data, JSValue properties);

static JSValue js_console_table(JSFunction *callee, JSValue this_val, int32_t argc,
                                const JSValue *argv, JSValue new_target)
{
    JSValue data = js_arg(argc, argv, 0), props = js_arg(argc, argv, 1);
    if (props != JS_UNDEFINED && js_is_array_value(props) <= 0)
        return js_node_throw_invalid_arg_type("properties", "an instance of Array", props);
    if (!js_is_object(data))
        return print_args(1, argc > 0 ? 1 : 0, argv);
    char *s = js_console_table_text(data, props);
    if (!s)
        return JS_EXCEPTION;
    write_line(1, s, strlen(s));
    return JS_UNDEFINED;
}

static const JSPropDef console_props[] = {
    JS_CFUNC_DEF("log", 0, js_console_log),
    JS_CFUNC_DEF("info", 0, js_console_log),
    JS_CFUNC_DEF("debug", 0, js_console_log),
    JS_CFUNC_DEF("error", 0, js_console_error),
    JS_CFUNC_DEF("warn", 0, js_console_error),
    JS_CFUNC_DEF("trace", 0, js_console_trace),
    JS_CFUNC_DEF("dir", 0, js_console_dir),
    JS_CFUNC_DEF("assert", 0, js_console_assert),
    JS_CFUNC_DEF("count", 0, js_console_count),
    JS_CFUNC_DEF("countReset", 0, js_console_count_reset),
    JS_CFUNC_DEF("time", 0, js_console_time),
    JS_CFUNC_DEF("timeEnd", 0, js_console_time_end),
    JS_CFUNC_DEF("timeLog", 0, js_console_time_log),
    JS_CFUNC_DEF("group", 0, js_console_group),
    JS_CFUNC_DEF("groupCollapsed", 0, js_console_group),
    JS_CFUNC_DEF("groupEnd", 0, js_console_group_end),
    JS_CFUNC_DEF("table", 1, js_console_table),
};

void js_console_install(JSValue global)
{
    counts = js_new_object_proto(JS_NULL);
    timers = js_new_object_proto(JS_NULL);
    JSValue console = js_new_object();
    js_install_props(console, console_props, JS_COUNTOF(console_props));
    js_define_property_value_str(global, "console", console, JS_PROP_C_W);
}
