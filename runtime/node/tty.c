/*
 * tty.c — terminals: what process.stdout/stderr know when they are one
 * (isTTY, columns/rows, getColorDepth, hasColors, getWindowSize and the
 * cursor helpers, installed by process.c) and the natives of node's tty
 * module (stdlib/node/tty.js) as 'kiln:tty': isatty, getWindowSize,
 * getColorDepth, setRawMode.
 *
 * getColorDepth is node 20's (lib/internal/tty.js) decision over an env
 * object: FORCE_COLOR first, then NO_COLOR/NODE_DISABLE_COLORS/TERM=dumb,
 * TMUX, CI, TEAMCITY_VERSION, TERM_PROGRAM, COLORTERM and the TERM names
 * and patterns, answering 1, 4, 8 or 24 bits. It is C so that the
 * process.stdout of every program has it without bundling the tty module.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include "node/node.h"
#include "node/node_errors.h"

enum { COLORS_2 = 1, COLORS_16 = 4, COLORS_256 = 8, COLORS_16m = 24 };

/* env[name] as a C string, NULL when undefined (other values are
 * stringified as a JS comparison with a string literal would compare them) */
static const char *env_get(JSValue env, const char *name, int *err)
{
    JSValue v = js_get_property_str(env, name);
    if (v == JS_EXCEPTION) {
        *err = 1;
        return NULL;
    }
    if (v == JS_UNDEFINED)
        return NULL;
    if (!js_is_string(v))
        return "\x01";          /* defined, equal to no string literal */
    return js_string_to_utf8(v, NULL);
}

static bool env_truthy(JSValue env, const char *name)
{
    JSValue v = js_get_property_str(env, name);
    return v != JS_EXCEPTION && js_to_boolean(v);
}

static bool env_has(JSValue env, const char *name)
{
    return js_has_property(env, js_atom_from_cstr(name)) > 0;
}

static bool starts(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

static bool warned_deactivated;

/* node's warnOnDeactivatedColors */
static void warn_deactivated(JSValue env)
{
    int err = 0;
    if (warned_deactivated)
        return;
    char name[64] = "";
    if (env_get(env, "NODE_DISABLE_COLORS", &err))
        strcpy(name, "NODE_DISABLE_COLORS");
    if (env_get(env, "NO_COLOR", &err)) {
        if (name[0])
            strcat(name, "' and '");
        strcat(name, "NO_COLOR");
    }
    if (!name[0])
        return;
    warned_deactivated = true;
    char line[256];
    int n = snprintf(line, sizeof line,
                     "(node:%d) Warning: The '%s' env is ignored due to the 'FORCE_COLOR' env being set.\n"
                     "(Use `node --trace-warnings ...` to show where the warning was created)\n",
                     (int)getpid(), name);
    js_node_write(2, line, (size_t)n);
}

/* TEAMCITY_VERSION matching /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/ */
static bool teamcity_colors(const char *v)
{
    if (v[0] == '9' && v[1] == '.') {
        const char *p = v + 2;
        while (*p == '0')
            p++;
        if (*p >= '1' && *p <= '9') {
            while (isdigit((unsigned char)*p))
                p++;
            if (*p == '.')
                return true;
        }
    }
    const char *p = v;
    while (isdigit((unsigned char)*p))
        p++;
    return p - v >= 2 && *p == '.';
}

/* /^con[0-9]*x[0-9]/ */
static bool con_pattern(const char *t)
{
    if (!starts(t, "con"))
        return false;
    t += 3;
    while (isdigit((unsigned char)*t))
        t++;
    return t[0] == 'x' && isdigit((unsigned char)t[1]);
}

int js_tty_color_depth(JSValue env)
{
    int err = 0;
    const char *force = env_get(env, "FORCE_COLOR", &err);
    if (err)
        return -1;
    if (force) {
        if (!strcmp(force, "") || !strcmp(force, "1") || !strcmp(force, "true")) {
            warn_deactivated(env);
            return COLORS_16;
        }
        if (!strcmp(force, "2")) {
            warn_deactivated(env);
            return COLORS_256;
        }
        if (!strcmp(force, "3")) {
            warn_deactivated(env);
            return COLORS_16m;
        }
        return COLORS_2;
    }
    const char *term = env_get(env, "TERM", &err);
    if (env_get(env, "NODE_DISABLE_COLORS", &err) || env_get(env, "NO_COLOR", &err) ||
        (term && !strcmp(term, "dumb")))
        return COLORS_2;
    if (env_truthy(env, "TMUX"))
        return COLORS_256;
    if (env_truthy(env, "CI")) {
        static const char *const ci[] = {
            "APPVEYOR", "BUILDKITE", "CIRCLECI", "DRONE", "GITHUB_ACTIONS", "GITLAB_CI", "TRAVIS",
        };
        for (size_t i = 0; i < JS_COUNTOF(ci); i++)
            if (env_has(env, ci[i]))
                return COLORS_256;
        const char *name = env_get(env, "CI_NAME", &err);
        return name && !strcmp(name, "codeship") ? COLORS_256 : COLORS_2;
    }
    if (env_has(env, "TEAMCITY_VERSION")) {
        JSValue v = js_to_string(js_get_property_str(env, "TEAMCITY_VERSION"));
        if (v == JS_EXCEPTION)
            return -1;
        return teamcity_colors(js_string_to_utf8(v, NULL)) ? COLORS_16 : COLORS_2;
    }
    const char *prog = env_get(env, "TERM_PROGRAM", &err);
    if (prog) {
        if (!strcmp(prog, "iTerm.app")) {
            JSValue v = js_get_property_str(env, "TERM_PROGRAM_VERSION");
            if (!js_to_boolean(v))
                return COLORS_256;
            v = js_to_string(v);
            if (v == JS_EXCEPTION)
                return -1;
            const char *s = js_string_to_utf8(v, NULL);
            return s[0] >= '0' && s[0] <= '2' && s[1] == '.' ? COLORS_256 : COLORS_16m;
        }
        if (!strcmp(prog, "HyperTerm") || !strcmp(prog, "MacTerm"))
            return COLORS_16m;
        if (!strcmp(prog, "Apple_Terminal"))
            return COLORS_256;
    }
    const char *ct = env_get(env, "COLORTERM", &err);
    if (ct && (!strcmp(ct, "truecolor") || !strcmp(ct, "24bit")))
        return COLORS_16m;
    if (env_truthy(env, "TERM")) {
        JSValue tv = js_to_string(js_get_property_str(env, "TERM"));
        if (tv == JS_EXCEPTION)
            return -1;
        const char *t = js_string_to_utf8(tv, NULL);
        if (starts(t, "xterm-256"))
            return COLORS_256;
        char low[128];
        size_t n = strlen(t);
        if (n >= sizeof low)
            n = sizeof low - 1;
        for (size_t i = 0; i < n; i++)
            low[i] = (char)tolower((unsigned char)t[i]);
        low[n] = 0;
        static const struct { const char *name; int depth; } terms[] = {
            {"eterm", COLORS_16}, {"cons25", COLORS_16}, {"console", COLORS_16}, {"cygwin", COLORS_16},
            {"dtterm", COLORS_16}, {"gnome", COLORS_16}, {"hurd", COLORS_16}, {"jfbterm", COLORS_16},
            {"konsole", COLORS_16}, {"kterm", COLORS_16}, {"mlterm", COLORS_16}, {"mosh", COLORS_16m},
            {"putty", COLORS_16}, {"st", COLORS_16}, {"rxvt-unicode-24bit", COLORS_16m},
            {"terminator", COLORS_16m},
        };
        for (size_t i = 0; i < JS_COUNTOF(terms); i++)
            if (!strcmp(low, terms[i].name))
                return terms[i].depth;
        if (strstr(low, "ansi") || strstr(low, "color") || strstr(low, "linux") || con_pattern(low) ||
            starts(low, "rxvt") || starts(low, "screen") || starts(low, "xterm") || starts(low, "vt100"))
            return COLORS_16;
    }
    /* a 16-colour COLORTERM comes after the 16m and 256 answers */
    if (env_truthy(env, "COLORTERM"))
        return COLORS_16;
    return COLORS_2;
}

/* The env argument of getColorDepth/hasColors: process.env when undefined. */
static JSValue env_arg(JSValue v)
{
    if (v != JS_UNDEFINED)
        return v;
    JSValue process = js_get_property_str(js_realm.global, "process");
    return js_get_property_str(process, "env");
}

/* getColorDepth([env]) */
static JSValue tty_get_color_depth(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                                   JSValue new_target)
{
    JSValue env = env_arg(js_arg(argc, argv, 0));
    if (env == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!js_is_object(env))
        env = js_to_object(env);
    if (env == JS_EXCEPTION)
        return JS_EXCEPTION;
    int d = js_tty_color_depth(env);
    return d < 0 ? JS_EXCEPTION : js_mk_int32(d);
}

/* hasColors([count][, env]) */
static JSValue tty_has_colors(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                              JSValue new_target)
{
    JSValue count = js_arg(argc, argv, 0), env = js_arg(argc, argv, 1);
    double c = 16;
    if (env == JS_UNDEFINED && (count == JS_UNDEFINED || js_is_object(count))) {
        env = count;
    } else {
        if (!js_is_number(count))
            return js_node_throw_invalid_arg_type("count", "of type number", count);
        c = js_to_double(count);
        if (c != (double)(int64_t)c)
            return js_node_throw_out_of_range("count", "an integer", count);
        if (c < 2 || c > 9007199254740991.0)
            return js_node_throw_out_of_range("count", ">= 2 && <= 9007199254740991", count);
    }
    env = env_arg(env);
    if (env == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!js_is_object(env))
        env = js_to_object(env);
    if (env == JS_EXCEPTION)
        return JS_EXCEPTION;
    int d = js_tty_color_depth(env);
    if (d < 0)
        return JS_EXCEPTION;
    double limit = 1;
    for (int i = 0; i < d; i++)
        limit *= 2;
    return js_mk_bool(c <= limit);
}

static int fd_of(JSValue this_val)
{
    JSValue fd = js_get_property_str(this_val, "fd");
    int32_t n = -1;
    if (fd == JS_EXCEPTION || js_to_int32(fd, &n) < 0)
        return -1;
    return n;
}

/* stream.getWindowSize() -> [columns, rows] */
static JSValue tty_stream_window_size(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                                      JSValue new_target)
{
    struct winsize ws = {0};
    int fd = fd_of(this_val);
    if (fd < 0 || ioctl(fd, TIOCGWINSZ, &ws) != 0)
        ws.ws_col = ws.ws_row = 0;
    JSValue v[2] = { js_mk_int32(ws.ws_col), js_mk_int32(ws.ws_row) };
    return js_new_array_from(2, v);
}

/* Writes an escape sequence to this stream's fd and calls back (nextTick). */
static JSValue write_escape(JSValue this_val, const char *s, JSValue cb)
{
    JSValue w = js_get_property_str(this_val, "write");
    if (w == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue args[1] = { js_new_string_cstr(s) };
    if (js_call(w, this_val, 1, args) == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (js_is_callable(cb))
        js_enqueue_next_tick(cb, 0, NULL);
    return JS_TRUE;
}

static int int_arg(JSValue v, int dflt)
{
    double d;
    if (!js_is_number(v))
        return dflt;
    d = js_to_double(v);
    return d != d ? dflt : (int)d;
}

/* clearLine(dir[, cb]): -1 left of the cursor, 1 right, 0 the whole line */
static JSValue tty_clear_line(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                              JSValue new_target)
{
    int dir = int_arg(js_arg(argc, argv, 0), 0);
    return write_escape(this_val, dir < 0 ? "\x1b[1K" : dir > 0 ? "\x1b[0K" : "\x1b[2K", js_arg(argc, argv, 1));
}

static JSValue tty_clear_screen_down(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                                     JSValue new_target)
{
    return write_escape(this_val, "\x1b[0J", js_arg(argc, argv, 0));
}

/* cursorTo(x[, y][, cb]) */
static JSValue tty_cursor_to(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                             JSValue new_target)
{
    JSValue y = js_arg(argc, argv, 1), cb = js_arg(argc, argv, 2);
    if (js_is_callable(y)) {
        cb = y;
        y = JS_UNDEFINED;
    }
    char s[48];
    int x = int_arg(js_arg(argc, argv, 0), 0);
    if (js_is_number(y))
        snprintf(s, sizeof s, "\x1b[%d;%dH", int_arg(y, 0) + 1, x + 1);
    else
        snprintf(s, sizeof s, "\x1b[%dG", x + 1);
    return write_escape(this_val, s, cb);
}

/* moveCursor(dx, dy[, cb]) */
static JSValue tty_move_cursor(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                               JSValue new_target)
{
    int dx = int_arg(js_arg(argc, argv, 0), 0), dy = int_arg(js_arg(argc, argv, 1), 0);
    char s[48] = "";
    size_t n = 0;
    if (dx < 0)
        n += (size_t)snprintf(s + n, sizeof s - n, "\x1b[%dD", -dx);
    else if (dx > 0)
        n += (size_t)snprintf(s + n, sizeof s - n, "\x1b[%dC", dx);
    if (dy < 0)
        n += (size_t)snprintf(s + n, sizeof s - n, "\x1b[%dA", -dy);
    else if (dy > 0)
        snprintf(s + n, sizeof s - n, "\x1b[%dB", dy);
    return write_escape(this_val, s, js_arg(argc, argv, 2));
}

static const JSPropDef tty_stream_props[] = {
    JS_CFUNC_DEF("getColorDepth", 0, tty_get_color_depth),
    JS_CFUNC_DEF("hasColors", 0, tty_has_colors),
    JS_CFUNC_DEF("getWindowSize", 0, tty_stream_window_size),
    JS_CFUNC_DEF("clearLine", 1, tty_clear_line),
    JS_CFUNC_DEF("clearScreenDown", 0, tty_clear_screen_down),
    JS_CFUNC_DEF("cursorTo", 2, tty_cursor_to),
    JS_CFUNC_DEF("moveCursor", 2, tty_move_cursor),
};

void js_tty_install_stream_methods(JSValue stream)
{
    js_install_props(stream, tty_stream_props, JS_COUNTOF(tty_stream_props));
}

/* ---- kiln:tty ------------------------------------------------------------------ */

static JSValue tty_isatty(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                          JSValue new_target)
{
    int32_t fd;
    if (js_to_int32(js_arg(argc, argv, 0), &fd) < 0)
        return JS_EXCEPTION;
    return js_mk_bool(fd >= 0 && uv_guess_handle(fd) == UV_TTY);
}

/* getWindowSize(fd) -> [columns, rows] or a negative errno */
static JSValue tty_window_size(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                               JSValue new_target)
{
    int32_t fd;
    if (js_to_int32(js_arg(argc, argv, 0), &fd) < 0)
        return JS_EXCEPTION;
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0)
        return js_mk_int32(uv_translate_sys_error(errno));
    JSValue v[2] = { js_mk_int32(ws.ws_col), js_mk_int32(ws.ws_row) };
    return js_new_array_from(2, v);
}

static struct termios saved_termios;
static int saved_fd = -1;

static void restore_termios(void)
{
    if (saved_fd >= 0)
        tcsetattr(saved_fd, TCSANOW, &saved_termios);
}

/* setRawMode(fd, on) -> 0 or a negative errno; the original mode comes
 * back at exit, as libuv's uv_tty_reset_mode does for node */
static JSValue tty_set_raw_mode(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                                JSValue new_target)
{
    int32_t fd;
    if (js_to_int32(js_arg(argc, argv, 0), &fd) < 0)
        return JS_EXCEPTION;
    bool on = js_to_boolean(js_arg(argc, argv, 1));
    struct termios t;
    if (tcgetattr(fd, &t) != 0)
        return js_mk_int32(uv_translate_sys_error(errno));
    if (saved_fd < 0) {
        saved_termios = t;
        saved_fd = fd;
        atexit(restore_termios);
    }
    if (on) {
        t.c_iflag &= ~(tcflag_t)(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
        t.c_oflag |= ONLCR;
        t.c_cflag |= CS8;
        t.c_lflag &= ~(tcflag_t)(ECHO | ICANON | IEXTEN | ISIG);
        t.c_cc[VMIN] = 1;
        t.c_cc[VTIME] = 0;
    } else {
        t = saved_termios;
    }
    if (tcsetattr(fd, TCSADRAIN, &t) != 0)
        return js_mk_int32(uv_translate_sys_error(errno));
    return js_mk_int32(0);
}

static const JSPropDef tty_props[] = {
    JS_CFUNC_DEF("isatty", 1, tty_isatty),
    JS_CFUNC_DEF("getWindowSize", 1, tty_window_size),
    JS_CFUNC_DEF("setRawMode", 2, tty_set_raw_mode),
    JS_CFUNC_DEF("getColorDepth", 1, tty_get_color_depth),
    JS_CFUNC_DEF("hasColors", 2, tty_has_colors),
};

JSValue js_tty_native(void)
{
    JSValue o = js_new_object();
    js_install_props(o, tty_props, JS_COUNTOF(tty_props));
    JSValue m = js_new_object();
    js_install_props(m, tty_stream_props, JS_COUNTOF(tty_stream_props));
    js_define_property_value_str(o, "streamMethods", m, JS_PROP_C_W_E);
    return o;
}
