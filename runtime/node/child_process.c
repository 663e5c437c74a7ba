/*
 * child_process.c — the C half of node's child_process (stdlib/node/
 * child_process.js): processes and pipes over libuv, as 'kiln:child_process'.
 * The module logic (argument checks, stdio normalisation, ChildProcess,
 * exec/execFile, the errors) is JavaScript; this file only spawns, reads,
 * writes, kills and closes.
 *
 * spawnSync runs the child on a private uv loop, as node's
 * SyncProcessRunner does: the child's output is gathered in malloc'ed
 * buffers and becomes Buffers only after the loop has finished, so no
 * JavaScript value is touched while libuv runs. It enforces the timeout
 * (kill with killSignal, error ETIMEDOUT) and maxBuffer (kill, ENOBUFS).
 *
 * The asynchronous side follows node's process_wrap/pipe_wrap: a "wrap" is
 * a host object (JS_HOST_PROCESS, JS_HOST_PIPE) pointing at a malloc'ed C
 * struct that holds the uv handle. libuv's handle list is memory the
 * collector cannot see, so from uv_*_init to the close callback the C
 * struct holds the wrap in a js_root_new root; the JavaScript side keeps
 * its callbacks (onexit, onread) as properties of the wrap, which the root
 * therefore keeps alive. A write or shutdown request roots its buffer and
 * callback until it completes. Every handle is closed explicitly by the
 * JavaScript side (pipe end/destroy, process exit), never by a finalizer.
 *
 * The object is built only when stdlib's child_process requires it, and
 * this file is linked only into programs that do (natives.c names
 * kiln_native_child_process weakly; the driver passes -u).
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include "node/node.h"
#include "node/buffer.h"
#include "node/node_errors.h"

/* ---- options shared by both forms ------------------------------------------ */

/* The C strings of a string array property (NULL-terminated, GC memory;
 * the caller's stack keeps it alive); NULL when absent. */
static char **string_list(JSValue arr)
{
    if (!js_is_object(arr))
        return NULL;
    int64_t n;
    if (js_get_length(arr, &n) < 0)
        return NULL;
    char **out = rt_alloc_cell(sizeof(char *) * (size_t)(n + 1));
    for (int64_t i = 0; i < n; i++) {
        JSValue s = js_get_index(arr, (uint32_t)i);
        if (s == JS_EXCEPTION)
            return NULL;
        s = js_to_string(s);
        if (s == JS_EXCEPTION)
            return NULL;
        out[i] = js_string_to_utf8(s, NULL);
    }
    out[n] = NULL;
    return out;
}

static char *string_prop(JSValue o, const char *name)
{
    JSValue v = js_get_property_str(o, name);
    if (!js_is_string(v))
        return NULL;
    return js_string_to_utf8(v, NULL);
}

static double number_prop(JSValue o, const char *name, double dflt)
{
    JSValue v = js_get_property_str(o, name);
    double d;
    if (v == JS_EXCEPTION || js_is_nullish(v) || js_to_number(v, &d) < 0)
        return dflt;
    return d;
}

/* Fills [po] from the normalised options [o] (file, args, cwd, envPairs,
 * detached, uid, gid). The stdio containers are the caller's. */
static int process_options(JSValue o, uv_process_options_t *po)
{
    memset(po, 0, sizeof *po);
    po->file = string_prop(o, "file");
    if (!po->file)
        return -1;
    po->args = string_list(js_get_property_str(o, "args"));
    po->env = string_list(js_get_property_str(o, "envPairs"));
    po->cwd = string_prop(o, "cwd");
    if (js_to_boolean(js_get_property_str(o, "detached")))
        po->flags |= UV_PROCESS_DETACHED;
    JSValue uid = js_get_property_str(o, "uid"), gid = js_get_property_str(o, "gid");
    if (!js_is_nullish(uid)) {
        po->flags |= UV_PROCESS_SETUID;
        po->uid = (uv_uid_t)number_prop(o, "uid", 0);
    }
    if (!js_is_nullish(gid)) {
        po->flags |= UV_PROCESS_SETGID;
        po->gid = (uv_gid_t)number_prop(o, "gid", 0);
    }
    return 0;
}

/* The stdio entry [e] ({type, fd}) as a container that is not a pipe. */
static void stdio_plain(JSValue e, int index, uv_stdio_container_t *c)
{
    JSValue t = js_get_property_str(e, "type");
    char *type = js_is_string(t) ? js_string_to_utf8(t, NULL) : "ignore";
    if (strcmp(type, "inherit") == 0 || strcmp(type, "fd") == 0) {
        c->flags = UV_INHERIT_FD;
        c->data.fd = (int)number_prop(e, "fd", index);
    } else {
        c->flags = UV_IGNORE;
    }
}

static bool is_pipe(JSValue e)
{
    JSValue t = js_get_property_str(e, "type");
    return js_is_string(t) && strcmp(js_string_to_utf8(t, NULL), "pipe") == 0;
}

static int signal_of(int s) { return s > 0 ? s : SIGTERM; }

/* ---- spawnSync ----------------------------------------------------------------- */

typedef struct SyncRun SyncRun;

typedef struct SyncPipe {
    uv_pipe_t pipe;
    SyncRun *run;
    bool used, closing;
    const uint8_t *input;       /* bytes for the child to read, or NULL */
    size_t input_len;
    bool collect;               /* gather what the child writes */
    uv_write_t wr;
    uv_shutdown_t sd;
    char *out;
    size_t len, cap;
} SyncPipe;

struct SyncRun {
    uv_loop_t loop;
    uv_process_t proc;
    uv_timer_t timer;
    bool timer_on, proc_open, exited, killed;
    int64_t exit_status;
    int term_signal;
    int error;                  /* ETIMEDOUT, ENOBUFS or a pipe error */
    double max_buffer;          /* 0 or less: no limit */
    size_t buffered;
    int kill_signal;
    SyncPipe *pipes;
    int npipes;
};

static void sync_close_pipe(SyncPipe *p)
{
    if (p->used && !p->closing) {
        p->closing = true;
        uv_close((uv_handle_t *)&p->pipe, NULL);
    }
}

static void sync_kill(SyncRun *r)
{
    if (r->killed || r->exited)
        return;
    r->killed = true;
    uv_process_kill(&r->proc, r->kill_signal);
    for (int i = 0; i < r->npipes; i++)
        sync_close_pipe(&r->pipes[i]);
}

static void sync_set_error(SyncRun *r, int err)
{
    if (!r->error)
        r->error = err;
}

static void sync_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
    SyncPipe *p = h->data;
    if (p->cap - p->len < 65536) {
        size_t cap = p->cap ? p->cap * 2 : 65536;
        while (cap - p->len < 65536)
            cap *= 2;
        p->out = realloc(p->out, cap);
        p->cap = cap;
    }
    (void)suggested;
    buf->base = p->out + p->len;
    buf->len = p->cap - p->len;
}

static void sync_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf)
{
    SyncPipe *p = s->data;
    SyncRun *r = p->run;
    (void)buf;
    if (n > 0) {
        p->len += (size_t)n;
        r->buffered += (size_t)n;
        if (r->max_buffer > 0 && (double)r->buffered > r->max_buffer) {
            sync_set_error(r, UV_ENOBUFS);
            sync_kill(r);
        }
    } else if (n < 0) {
        if (n != UV_EOF)
            sync_set_error(r, (int)n);
        sync_close_pipe(p);
    }
}

static void sync_shutdown_done(uv_shutdown_t *req, int status)
{
    SyncPipe *p = req->data;
    (void)status;
    /* a pipe only the parent writes to is done once its input is in */
    if (!p->collect)
        sync_close_pipe(p);
}

static void sync_write_done(uv_write_t *req, int status)
{
    SyncPipe *p = req->data;
    if (status < 0 && status != UV_EPIPE)
        sync_set_error(p->run, status);
    if (p->closing)
        return;
    p->sd.data = p;
    if (status < 0 || uv_shutdown(&p->sd, (uv_stream_t *)&p->pipe, sync_shutdown_done) < 0)
        if (!p->collect)
            sync_close_pipe(p);
}

static void sync_exit(uv_process_t *proc, int64_t status, int term_signal)
{
    SyncRun *r = proc->data;
    r->exited = true;
    r->exit_status = status;
    r->term_signal = term_signal;
    uv_close((uv_handle_t *)proc, NULL);
    r->proc_open = false;
    if (r->timer_on) {
        uv_close((uv_handle_t *)&r->timer, NULL);
        r->timer_on = false;
    }
}

static void sync_timeout(uv_timer_t *t)
{
    SyncRun *r = t->data;
    sync_set_error(r, UV_ETIMEDOUT);
    sync_kill(r);
    uv_close((uv_handle_t *)t, NULL);
    r->timer_on = false;
}

/* spawnSync(options) -> { pid, status, signal (a number, 0 for none),
 * output (array or null), error (a negative errno or 0) } with options as
 * child_process.js normalises them: file, args, cwd, envPairs, stdio
 * [{type, fd, input}], timeout, maxBuffer, killSignal (a number). */
static JSValue cp_spawn_sync(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                             JSValue new_target)
{
    JSValue o = js_arg(argc, argv, 0);
    if (!js_is_object(o))
        return js_node_throw_invalid_arg_type("options", "of type object", o);
    uv_process_options_t po;
    if (process_options(o, &po) < 0)
        return js_has_exception() ? JS_EXCEPTION
                                  : js_node_throw_invalid_arg_type("options.file", "of type string", JS_UNDEFINED);
    JSValue stdio = js_get_property_str(o, "stdio");
    int64_t nstdio = 0;
    if (js_is_object(stdio) && js_get_length(stdio, &nstdio) < 0)
        return JS_EXCEPTION;
    if (nstdio < 3)
        nstdio = 3;

    SyncRun *r = calloc(1, sizeof *r);
    r->pipes = calloc((size_t)nstdio, sizeof(SyncPipe));
    r->npipes = (int)nstdio;
    r->max_buffer = number_prop(o, "maxBuffer", 0);
    r->kill_signal = signal_of((int)number_prop(o, "killSignal", SIGTERM));
    double timeout = number_prop(o, "timeout", 0);
    uv_stdio_container_t *cont = rt_alloc_cell(sizeof *cont * (size_t)nstdio);
    uv_loop_init(&r->loop);
    for (int i = 0; i < nstdio; i++) {
        JSValue e = js_is_object(stdio) ? js_get_index(stdio, (uint32_t)i) : JS_UNDEFINED;
        SyncPipe *p = &r->pipes[i];
        p->run = r;
        if (!js_is_object(e) || !is_pipe(e)) {
            if (js_is_object(e))
                stdio_plain(e, i, &cont[i]);
            else
                cont[i].flags = UV_IGNORE;
            continue;
        }
        uv_pipe_init(&r->loop, &p->pipe, 0);
        p->pipe.data = p;
        p->used = true;
        JSValue in = js_get_property_str(e, "input");
        uint8_t *bytes;
        size_t n;
        if (!js_is_nullish(in) && js_buffer_view_bytes(in, &bytes, &n)) {
            p->input = bytes;
            p->input_len = n;
        }
        /* node: stdin is readable for the child, the others writable */
        p->collect = js_to_boolean(js_get_property_str(e, "writable"));
        int fl = UV_CREATE_PIPE;
        if (js_to_boolean(js_get_property_str(e, "readable")))
            fl |= UV_READABLE_PIPE;
        if (p->collect)
            fl |= UV_WRITABLE_PIPE;
        cont[i].flags = (uv_stdio_flags)fl;
        cont[i].data.stream = (uv_stream_t *)&p->pipe;
    }
    po.stdio = cont;
    po.stdio_count = (int)nstdio;
    po.exit_cb = sync_exit;
    r->proc.data = r;

    /* what the program printed must come before what the child prints */
    fflush(stdout);
    fflush(stderr);
    int err = uv_spawn(&r->loop, &r->proc, &po);
    r->proc_open = true;
    if (err < 0) {
        uv_close((uv_handle_t *)&r->proc, NULL);
        r->proc_open = false;
        for (int i = 0; i < nstdio; i++)
            sync_close_pipe(&r->pipes[i]);
    } else {
        for (int i = 0; i < nstdio; i++) {
            SyncPipe *p = &r->pipes[i];
            if (!p->used)
                continue;
            if (p->collect)
                uv_read_start((uv_stream_t *)&p->pipe, sync_alloc, sync_read);
            if (p->input_len > 0) {
                uv_buf_t b = uv_buf_init((char *)p->input, (unsigned)p->input_len);
                p->wr.data = p;
                int we = uv_write(&p->wr, (uv_stream_t *)&p->pipe, &b, 1, sync_write_done);
                if (we < 0)
                    sync_write_done(&p->wr, we);
            } else if (js_to_boolean(js_get_property_str(js_get_index(stdio, (uint32_t)i), "readable"))) {
                p->sd.data = p;
                if (uv_shutdown(&p->sd, (uv_stream_t *)&p->pipe, sync_shutdown_done) < 0 && !p->collect)
                    sync_close_pipe(p);
            }
        }
        if (timeout > 0) {
            uv_timer_init(&r->loop, &r->timer);
            r->timer.data = r;
            r->timer_on = true;
            uv_timer_start(&r->timer, sync_timeout, (uint64_t)timeout, 0);
        }
    }
    uv_run(&r->loop, UV_RUN_DEFAULT);
    uv_loop_close(&r->loop);

    JSValue res = js_new_object();
    js_set_property_str(res, "error", js_mk_int32(err < 0 ? err : r->error));
    js_set_property_str(res, "pid", js_mk_int32(err < 0 ? 0 : r->proc.pid));
    bool signalled = err >= 0 && r->term_signal > 0;
    js_set_property_str(res, "status", err < 0 || signalled ? JS_NULL : js_mk_number((double)r->exit_status));
    js_set_property_str(res, "signal", js_mk_int32(signalled ? r->term_signal : 0));
    JSValue output = JS_NULL;
    if (err >= 0) {
        output = js_new_array(0);
        for (int i = 0; i < nstdio; i++) {
            SyncPipe *p = &r->pipes[i];
            JSValue b = p->used && p->collect ? js_buffer_from_bytes(p->out ? p->out : "", p->len) : JS_NULL;
            js_array_push(output, b);
        }
    }
    js_set_property_str(res, "output", output);
    for (int i = 0; i < nstdio; i++)
        free(r->pipes[i].out);
    free(r->pipes);
    free(r);
    return res;
}

/* ---- wraps: processes and pipes on the main loop ---------------------------------- */

typedef struct Wrap {
    JSHostObject h;
    struct Handle *c;           /* NULL once closed */
} Wrap;

typedef struct Handle {
    union {
        uv_handle_t handle;
        uv_process_t proc;
        uv_pipe_t pipe;
    } u;
    JSValue *root;              /* the wrap, from init to the close callback */
    JSValue *close_cb;          /* root of the close callback, or NULL */
    bool closing;
} Handle;

static JSValue new_wrap(JSHostType type, Handle **out)
{
    JSValue v = js_new_object_kind(JS_CELL_HOST, js_realm.object_proto, sizeof(Wrap));
    Wrap *w = js_cell_ptr(v);
    w->h.host_type = type;
    Handle *c = calloc(1, sizeof *c);
    c->root = js_root_new(v);
    c->u.handle.data = c;
    w->c = c;
    *out = c;
    return v;
}

static Handle *wrap_arg(JSValue v, JSHostType type)
{
    if (!js_is_host(v, type))
        return NULL;
    return ((Wrap *)js_cell_ptr(v))->c;
}

static JSValue wrap_of(Handle *c) { return *c->root; }

static void handle_closed(uv_handle_t *h)
{
    Handle *c = h->data;
    JSValue w = *c->root;
    JSValue cb = c->close_cb ? *c->close_cb : JS_UNDEFINED;
    ((Wrap *)js_cell_ptr(w))->c = NULL;
    js_root_free(c->root);
    if (c->close_cb)
        js_root_free(c->close_cb);
    free(c);
    if (js_is_callable(cb))
        js_node_after_callback(js_call(cb, w, 0, NULL));
}

static void handle_close(Handle *c, JSValue cb)
{
    if (!c || c->closing)
        return;
    c->closing = true;
    if (js_is_callable(cb))
        c->close_cb = js_root_new(cb);
    uv_close(&c->u.handle, handle_closed);
}

/* Calls wrap.<name>(args...) from a libuv callback. */
static void call_back(Handle *c, const char *name, int argc, JSValue *args)
{
    JSValue w = wrap_of(c);
    JSValue fn = js_get_property_str(w, name);
    if (fn == JS_EXCEPTION) {
        js_node_after_callback(JS_EXCEPTION);
        return;
    }
    if (!js_is_callable(fn))
        return;
    js_node_after_callback(js_call(fn, w, argc, args));
}

/* pipe() -> a pipe wrap, not yet connected to anything */
static JSValue cp_pipe(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                       JSValue new_target)
{
    Handle *c;
    JSValue w = new_wrap(JS_HOST_PIPE, &c);
    uv_pipe_init(js_node_loop(), &c->u.pipe, 0);
    return w;
}

static void proc_exit(uv_process_t *proc, int64_t status, int term_signal)
{
    Handle *c = proc->data;
    JSValue args[2] = { js_mk_number((double)status), js_mk_int32(term_signal) };
    call_back(c, "onexit", 2, args);
}

/* spawn(options) -> [err, wrap]: err 0 (wrap.pid set) or a negative errno;
 * the wrap must be closed either way. options.stdio entries of type 'pipe'
 * carry their pipe wrap as `handle`. */
static JSValue cp_spawn(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                        JSValue new_target)
{
    JSValue o = js_arg(argc, argv, 0);
    if (!js_is_object(o))
        return js_node_throw_invalid_arg_type("options", "of type object", o);
    uv_process_options_t po;
    if (process_options(o, &po) < 0)
        return js_has_exception() ? JS_EXCEPTION
                                  : js_node_throw_invalid_arg_type("options.file", "of type string", JS_UNDEFINED);
    JSValue stdio = js_get_property_str(o, "stdio");
    int64_t n = 0;
    if (js_is_object(stdio) && js_get_length(stdio, &n) < 0)
        return JS_EXCEPTION;
    uv_stdio_container_t *cont = rt_alloc_cell(sizeof *cont * (size_t)(n > 0 ? n : 1));
    for (int64_t i = 0; i < n; i++) {
        JSValue e = js_get_index(stdio, (uint32_t)i);
        if (!js_is_object(e)) {
            cont[i].flags = UV_IGNORE;
            continue;
        }
        if (is_pipe(e)) {
            Handle *p = wrap_arg(js_get_property_str(e, "handle"), JS_HOST_PIPE);
            if (!p)
                return js_throw_type_error("stdio pipe without a handle");
            cont[i].flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
            cont[i].data.stream = (uv_stream_t *)&p->u.pipe;
        } else {
            stdio_plain(e, (int)i, &cont[i]);
        }
    }
    po.stdio = cont;
    po.stdio_count = (int)n;
    po.exit_cb = proc_exit;
    Handle *c;
    JSValue w = new_wrap(JS_HOST_PROCESS, &c);
    fflush(stdout);
    fflush(stderr);
    int err = uv_spawn(js_node_loop(), &c->u.proc, &po);
    c->u.proc.data = c;
    if (err == 0)
        js_set_property_str(w, "pid", js_mk_int32(c->u.proc.pid));
    JSValue pair[2] = { js_mk_int32(err), w };
    return js_new_array_from(2, pair);
}

/* kill(wrap, signal) -> 0 or a negative errno */
static JSValue cp_kill(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                       JSValue new_target)
{
    Handle *c = wrap_arg(js_arg(argc, argv, 0), JS_HOST_PROCESS);
    if (!c || c->closing)
        return js_mk_int32(UV_ESRCH);
    int32_t sig = 0;
    if (js_to_int32(js_arg(argc, argv, 1), &sig) < 0)
        return JS_EXCEPTION;
    return js_mk_int32(uv_process_kill(&c->u.proc, sig));
}

/* close(wrap[, cb]) for either kind */
static JSValue cp_close(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                        JSValue new_target)
{
    JSValue w = js_arg(argc, argv, 0);
    Handle *c = wrap_arg(w, JS_HOST_PROCESS);
    if (!c)
        c = wrap_arg(w, JS_HOST_PIPE);
    handle_close(c, js_arg(argc, argv, 1));
    return JS_UNDEFINED;
}

/* ref(wrap, on) */
static JSValue cp_ref(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                      JSValue new_target)
{
    JSValue w = js_arg(argc, argv, 0);
    Handle *c = wrap_arg(w, JS_HOST_PROCESS);
    if (!c)
        c = wrap_arg(w, JS_HOST_PIPE);
    if (c && !c->closing) {
        if (js_to_boolean(js_arg(argc, argv, 1)))
            uv_ref(&c->u.handle);
        else
            uv_unref(&c->u.handle);
    }
    return JS_UNDEFINED;
}

static void pipe_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
    (void)h;
    (void)suggested;
    buf->base = malloc(65536);
    buf->len = buf->base ? 65536 : 0;
}

static void pipe_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf)
{
    Handle *c = s->data;
    if (n == 0) {
        free(buf->base);
        return;
    }
    JSValue args[2] = { js_mk_int32(n > 0 ? (int32_t)n : (int32_t)n), JS_UNDEFINED };
    if (n > 0)
        args[1] = js_buffer_from_bytes(buf->base, (size_t)n);
    free(buf->base);
    if (n < 0)
        uv_read_stop(s);
    call_back(c, "onread", 2, args);
}

/* readStart(wrap) / readStop(wrap): wrap.onread(n, buffer) for each chunk,
 * then onread(UV_EOF or an errno) */
static JSValue cp_read_start(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                             JSValue new_target)
{
    Handle *c = wrap_arg(js_arg(argc, argv, 0), JS_HOST_PIPE);
    if (!c || c->closing)
        return js_mk_int32(UV_EBADF);
    int r = uv_read_start((uv_stream_t *)&c->u.pipe, pipe_alloc, pipe_read);
    return js_mk_int32(r == UV_EALREADY ? 0 : r);
}

static JSValue cp_read_stop(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                            JSValue new_target)
{
    Handle *c = wrap_arg(js_arg(argc, argv, 0), JS_HOST_PIPE);
    if (!c || c->closing)
        return js_mk_int32(UV_EBADF);
    return js_mk_int32(uv_read_stop((uv_stream_t *)&c->u.pipe));
}

/* A write or shutdown in flight: its buffer and callback are rooted. */
typedef struct Req {
    union {
        uv_write_t wr;
        uv_shutdown_t sd;
    } u;
    JSValue *keep;              /* [buffer, callback] */
} Req;

static void req_done(Req *q, int status)
{
    JSValue *keep = q->keep;
    JSValue cb = js_get_index(*keep, 1);
    js_root_free(keep);
    free(q);
    if (js_is_callable(cb)) {
        JSValue st = js_mk_int32(status);
        js_node_after_callback(js_call(cb, JS_UNDEFINED, 1, &st));
    }
}

static void write_done(uv_write_t *w, int status) { req_done(w->data, status); }
static void shutdown_done(uv_shutdown_t *s, int status) { req_done(s->data, status); }

static Req *new_req(JSValue buf, JSValue cb)
{
    Req *q = calloc(1, sizeof *q);
    JSValue pair[2] = { buf, cb };
    q->keep = js_root_new(js_new_array_from(2, pair));
    return q;
}

/* write(wrap, bytes, cb) -> 0 or a negative errno; cb(status) later */
static JSValue cp_write(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                        JSValue new_target)
{
    Handle *c = wrap_arg(js_arg(argc, argv, 0), JS_HOST_PIPE);
    JSValue buf = js_arg(argc, argv, 1);
    uint8_t *p;
    size_t n;
    if (!js_buffer_view_bytes(buf, &p, &n))
        return js_node_throw_invalid_arg_type("chunk", "an instance of Buffer or Uint8Array", buf);
    if (!c || c->closing)
        return js_mk_int32(UV_EBADF);
    Req *q = new_req(buf, js_arg(argc, argv, 2));
    q->u.wr.data = q;
    uv_buf_t b = uv_buf_init((char *)p, (unsigned)n);
    int r = uv_write(&q->u.wr, (uv_stream_t *)&c->u.pipe, &b, 1, write_done);
    if (r < 0) {
        js_root_free(q->keep);
        free(q);
    }
    return js_mk_int32(r);
}

/* shutdown(wrap, cb) -> 0 or a negative errno; cb(status) once the writes are out */
static JSValue cp_shutdown(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                           JSValue new_target)
{
    Handle *c = wrap_arg(js_arg(argc, argv, 0), JS_HOST_PIPE);
    if (!c || c->closing)
        return js_mk_int32(UV_EBADF);
    Req *q = new_req(JS_UNDEFINED, js_arg(argc, argv, 1));
    q->u.sd.data = q;
    int r = uv_shutdown(&q->u.sd, (uv_stream_t *)&c->u.pipe, shutdown_done);
    if (r < 0) {
        js_root_free(q->keep);
        free(q);
    }
    return js_mk_int32(r);
}

/* errname(err) -> 'ENOENT' (util.getSystemErrorName) */
static JSValue cp_errname(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                          JSValue new_target)
{
    int32_t e = 0;
    if (js_to_int32(js_arg(argc, argv, 0), &e) < 0)
        return JS_EXCEPTION;
    return js_new_string_cstr(uv_err_name(e));
}

/* strerror(err) -> 'no such file or directory' */
static JSValue cp_strerror(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                           JSValue new_target)
{
    int32_t e = 0;
    if (js_to_int32(js_arg(argc, argv, 0), &e) < 0)
        return JS_EXCEPTION;
    return js_new_string_cstr(uv_strerror(e));
}

static const JSPropDef cp_props[] = {
    JS_CFUNC_DEF("spawnSync", 1, cp_spawn_sync),
    JS_CFUNC_DEF("spawn", 1, cp_spawn),
    JS_CFUNC_DEF("pipe", 0, cp_pipe),
    JS_CFUNC_DEF("kill", 2, cp_kill),
    JS_CFUNC_DEF("close", 2, cp_close),
    JS_CFUNC_DEF("ref", 2, cp_ref),
    JS_CFUNC_DEF("readStart", 1, cp_read_start),
    JS_CFUNC_DEF("readStop", 1, cp_read_stop),
    JS_CFUNC_DEF("write", 3, cp_write),
    JS_CFUNC_DEF("shutdown", 2, cp_shutdown),
    JS_CFUNC_DEF("errname", 1, cp_errname),
    JS_CFUNC_DEF("strerror", 1, cp_strerror),
};

/* The 'kiln:child_process' object (natives.c calls this through a weak symbol). */
JSValue kiln_native_child_process(void);
JSValue kiln_native_child_process(void)
{
    JSValue o = js_new_object();
    js_install_props(o, cp_props, JS_COUNTOF(cp_props));
    return o;
}
