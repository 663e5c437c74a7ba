/*
 * stdio.c — 'kiln:stdio', the natives under process.stdin
 * (stdlib/internal/process/stdin.js): what kind of file a descriptor is
 * (uv_guess_handle), and reading a pipe or terminal with libuv streams.
 *
 * A file (or /dev/null) is read by an fs.ReadStream in JavaScript; a pipe
 * or TTY gets a uv_pipe_t / uv_tty_t, made on the first readStart and kept
 * for the life of the process. The handle is active, and so keeps the loop
 * alive, only between readStart and readStop (or end of file): a program
 * that pauses stdin, or never reads it, exits when its other work is done,
 * as in node. Each read hands a fresh Buffer to the rooted JavaScript
 * callback: onData(buffer), onData(null) at end of file, onData(error).
 */
#include <stdlib.h>
#include <string.h>
#include "builtins/builtins.h"
#include "node/buffer.h"
#include "node/fs.h"
#include "node/node.h"

typedef struct {
    union {
        uv_pipe_t pipe;
        uv_tty_t tty;
        uv_stream_t stream;
    } h;
    bool made, reading;
    JSValue *on_data; /* root: the callback while reading */
} StdinHandle;

static StdinHandle stdin_handle;

static JSValue js_guess_handle_type(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                                    JSValue new_target)
{
    (void)callee, (void)this_val, (void)new_target;
    JSValue fdv = js_arg(argc, argv, 0);
    int fd = js_is_int32(fdv) ? js_get_int32(fdv) : -1;
    const char *name = "UNKNOWN";
    if (fd >= 0) {
        switch (uv_guess_handle(fd)) {
        case UV_TTY: name = "TTY"; break;
        case UV_NAMED_PIPE: name = "PIPE"; break;
        case UV_TCP: name = "TCP"; break;
        case UV_UDP: name = "UDP"; break;
        case UV_FILE: name = "FILE"; break;
        default: break;
        }
    }
    return js_new_string_cstr(name);
}

static void alloc_cb(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
    (void)h;
    size_t n = suggested < 65536 ? 65536 : suggested;
    buf->base = malloc(n);
    buf->len = buf->base ? n : 0;
}

static void stop_reading(StdinHandle *s)
{
    if (!s->reading) return;
    uv_read_stop(&s->h.stream);
    s->reading = false;
}

static void read_cb(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf)
{
    StdinHandle *s = stream->data;
    if (nread == 0 || !s->on_data) {
        free(buf->base);
        return;
    }
    JSValue arg;
    if (nread > 0) {
        arg = js_buffer_from_bytes(buf->base, (size_t)nread);
    } else if (nread == UV_EOF) {
        stop_reading(s);
        arg = JS_NULL;
    } else {
        stop_reading(s);
        arg = js_fs_uv_error((int)nread, "read", NULL, NULL, true);
    }
    free(buf->base);
    JSValue cb = *s->on_data;
    if (!s->reading) {
        js_root_free(s->on_data);
        s->on_data = NULL;
    }
    js_node_after_callback(js_call(cb, JS_UNDEFINED, 1, &arg));
}

/* readStart(fd, onData): start reading pipe or TTY [fd] (0 only). */
static JSValue js_read_start(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                             JSValue new_target)
{
    (void)callee, (void)this_val, (void)new_target;
    JSValue fdv = js_arg(argc, argv, 0), cb = js_arg(argc, argv, 1);
    if (!js_is_int32(fdv) || js_get_int32(fdv) != 0 || !js_is_callable(cb))
        return js_throw_type_error("readStart(0, callback)");
    StdinHandle *s = &stdin_handle;
    if (!s->made) {
        int r;
        if (uv_guess_handle(0) == UV_TTY) {
            r = uv_tty_init(js_node_loop(), &s->h.tty, 0, 1);
        } else {
            r = uv_pipe_init(js_node_loop(), &s->h.pipe, 0);
            if (r == 0) r = uv_pipe_open(&s->h.pipe, 0);
        }
        if (r < 0) return js_throw(js_fs_uv_error(r, "read", NULL, NULL, true));
        s->h.stream.data = s;
        s->made = true;
    }
    if (s->on_data) *s->on_data = cb;
    else s->on_data = js_root_new(cb);
    if (!s->reading) {
        int r = uv_read_start(&s->h.stream, alloc_cb, read_cb);
        if (r < 0) {
            js_root_free(s->on_data);
            s->on_data = NULL;
            return js_throw(js_fs_uv_error(r, "read", NULL, NULL, true));
        }
        s->reading = true;
    }
    return JS_UNDEFINED;
}

/* readStop(fd): stop reading; the handle no longer keeps the loop alive. */
static JSValue js_read_stop(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                            JSValue new_target)
{
    (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target;
    StdinHandle *s = &stdin_handle;
    stop_reading(s);
    if (s->on_data) {
        js_root_free(s->on_data);
        s->on_data = NULL;
    }
    return JS_UNDEFINED;
}

/* setRawMode(fd, bool): a TTY's raw mode (uv_tty_set_mode); 0 or an errno. */
static JSValue js_set_raw_mode(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                               JSValue new_target)
{
    (void)callee, (void)this_val, (void)new_target;
    StdinHandle *s = &stdin_handle;
    if (!s->made) {
        if (uv_guess_handle(0) != UV_TTY) return js_mk_int32(UV_EINVAL);
        int r = uv_tty_init(js_node_loop(), &s->h.tty, 0, 1);
        if (r < 0) return js_mk_int32(r);
        s->h.stream.data = s;
        s->made = true;
    }
    bool raw = js_to_boolean(js_arg(argc, argv, 1));
    return js_mk_int32(uv_tty_set_mode(&s->h.tty, raw ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
}

JSValue js_node_stdio_native(void)
{
    JSValue o = js_new_object();
    js_define_property_value_str(o, "guessHandleType",
                                 js_new_native_function("guessHandleType", js_guess_handle_type, 1), JS_PROP_C_W_E);
    js_define_property_value_str(o, "readStart", js_new_native_function("readStart", js_read_start, 2), JS_PROP_C_W_E);
    js_define_property_value_str(o, "readStop", js_new_native_function("readStop", js_read_stop, 1), JS_PROP_C_W_E);
    js_define_property_value_str(o, "setRawMode", js_new_native_function("setRawMode", js_set_raw_mode, 2),
                                 JS_PROP_C_W_E);
    return o;
}
