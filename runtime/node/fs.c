/*
 * fs.c — require('fs') and require('fs/promises'): the synchronous,
 * callback and promise forms of node's file-system functions over libuv.
 *
 * Every operation is written once, as a job: the JavaScript entry point
 * validates its arguments as node does and copies everything the operation
 * needs into a malloc'ed FsJob (paths as UTF-8, data to write as bytes);
 * `run` then performs the system calls with libuv's synchronous uv_fs_*
 * functions and leaves a C result (or a negative uv error) in the job;
 * `finish` turns that result into a JavaScript value on the main thread.
 *
 *   fs.xSync(...)         run on the calling thread, then finish or throw;
 *   fs.x(..., cb)         run on libuv's threadpool (uv_queue_work), then
 *                         cb(err) or cb(null, value) from the loop;
 *   fs.promises.x(...)    the same, settling a promise.
 *
 * `run` never touches a JavaScript value, so it is safe on a pool thread
 * with the collector running on the main thread. What the job needs on
 * the JavaScript side while it is in flight — the callback, the promise,
 * the buffer a read fills — is held by roots (js_root_new) that the loop
 * callback drops once it has run (DESIGN.md, "Memory"). A read into a
 * user's buffer writes into its (non-moving, rooted) byte block.
 *
 * Errors are node's uvException: `ENOENT: no such file or directory, open
 * 'x'` with errno (negative), code, syscall, path and dest; errors of the
 * asynchronous forms have a stack of just that line, as in node.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "builtins/builtins.h"
#include "builtins/js_promise.h"
#include "node/buffer.h"
#include "node/bundle.h"
#include "node/fs.h"
#include "node/node.h"
#include "node/node_errors.h"
#include "node/strbuf.h"

enum { HOW_SYNC, HOW_CALLBACK, HOW_PROMISE };

/* FileHandle methods wrap results: open gives a FileHandle, read and write
 * give { bytesRead | bytesWritten, buffer }. */
enum { RES_PLAIN, RES_HANDLE, RES_READ, RES_WRITE };
static int next_result_kind;   /* picked up by the next job_new (main thread only) */

typedef struct FsJob FsJob;
typedef int (*FsRun)(FsJob *j);
typedef JSValue (*FsFinish)(FsJob *j);

struct FsJob {
    uv_work_t work;
    FsRun run;
    FsFinish finish;
    int how;
    /* inputs */
    char *path, *path2;
    int flags, mode;
    int64_t fd, len, pos;
    double atime, mtime;
    uint8_t *data;            /* write: malloc'ed copy; read: the rooted buffer's bytes */
    size_t data_len;
    bool recursive, force, with_types, no_throw_enoent, own_data;
    JSEncoding enc;
    bool as_buffer;           /* result bytes/strings as Buffers */
    int result_kind;          /* RES_*: how a promise form wraps the result */
    /* outputs */
    int err;
    const char *syscall;
    char *err_path, *err_dest;
    int64_t ires;
    uv_stat_t st;
    uint8_t *out;
    size_t out_len;
    char *sres;
    char **names;
    uint8_t *types;
    size_t count;
    /* roots while in flight */
    JSValue *cb, *keep, *promise;
};

static JSValue stats_ctor, stats_proto, dirent_ctor, dirent_proto, dirent_type_sym;
static JSValue fs_module, fs_promises_module;

static char *xstrdup(const char *s) { return s ? strdup(s) : NULL; }

static FsJob *job_new(int how)
{
    FsJob *j = calloc(1, sizeof *j);
    j->how = how;
    j->fd = -1;
    j->pos = -1;
    j->enc = JS_ENC_UTF8;
    j->as_buffer = true;
    j->result_kind = next_result_kind;
    next_result_kind = RES_PLAIN;
    return j;
}

static void job_free(FsJob *j)
{
    free(j->path);
    free(j->path2);
    if (j->own_data) free(j->data);
    free(j->err_path);
    free(j->err_dest);
    free(j->out);
    free(j->sres);
    for (size_t i = 0; i < j->count; i++) free(j->names[i]);
    free(j->names);
    free(j->types);
    if (j->cb) js_root_free(j->cb);
    if (j->keep) js_root_free(j->keep);
    if (j->promise) js_root_free(j->promise);
    free(j);
}

/* Records a failure: always returns -1. */
static int fail(FsJob *j, int err, const char *syscall, const char *path, const char *dest)
{
    j->err = err;
    j->syscall = syscall;
    free(j->err_path);
    free(j->err_dest);
    j->err_path = xstrdup(path);
    j->err_dest = xstrdup(dest);
    return -1;
}

/* ---- errors --------------------------------------------------------------- */

JSValue js_fs_uv_error(int err, const char *syscall, const char *path, const char *dest, bool short_stack)
{
    const char *code = uv_err_name(err);
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "%s: %s, %s", code, uv_strerror(err), syscall);
    if (path) sb_printf(&b, " '%s'", path);
    if (dest) sb_printf(&b, " -> '%s'", dest);
    JSValue e = js_new_error(JS_ERROR, js_new_string_from_utf8(b.p, b.len));
    if (e == JS_EXCEPTION) return e;
    js_define_property_value_str(e, "errno", js_mk_int32(err), JS_PROP_C_W_E);
    js_define_property_value_str(e, "code", js_new_string_cstr(code), JS_PROP_C_W_E);
    js_define_property_value_str(e, "syscall", js_new_string_cstr(syscall), JS_PROP_C_W_E);
    if (path) js_define_property_value_str(e, "path", js_new_string_cstr(path), JS_PROP_C_W_E);
    if (dest) js_define_property_value_str(e, "dest", js_new_string_cstr(dest), JS_PROP_C_W_E);
    if (short_stack) {
        JSValue line = js_string_concat(js_new_string_cstr("Error: "), js_new_string_from_utf8(b.p, b.len));
        js_define_property_value(e, JS_ATOM(stack), line, JS_PROP_C_W);
    }
    return e;
}

static JSValue job_error(FsJob *j)
{
    return js_fs_uv_error(j->err, j->syscall, j->err_path, j->err_dest, j->how != HOW_SYNC);
}

/* ---- running jobs ---------------------------------------------------------- */

static JSValue wrap_result(int kind, JSValue res, JSValue buf);

static void work_cb(uv_work_t *w)
{
    FsJob *j = w->data;
    j->run(j);
}

static void after_work_cb(uv_work_t *w, int status)
{
    FsJob *j = w->data;
    (void)status;
    JSValue err = JS_NULL, res = JS_UNDEFINED;
    if (j->err) {
        err = job_error(j);
        if (err == JS_EXCEPTION) err = rt_take_exception();
    } else {
        res = j->finish ? j->finish(j) : JS_UNDEFINED;
        if (res == JS_EXCEPTION) err = rt_take_exception();
    }
    if (j->how == HOW_CALLBACK) {
        JSValue cb = *j->cb;
        /* read calls back with (err, bytesRead, buffer) */
        JSValue args[3] = { err, res, j->keep ? *j->keep : JS_UNDEFINED };
        int n = err != JS_NULL ? 1 : j->keep ? 3 : j->finish ? 2 : 1;
        job_free(j);
        js_node_after_callback(js_call(cb, JS_UNDEFINED, n, args));
    } else {
        JSValue p = *j->promise;
        if (err == JS_NULL && j->result_kind != RES_PLAIN) {
            res = wrap_result(j->result_kind, res, j->keep ? *j->keep : JS_UNDEFINED);
            if (res == JS_EXCEPTION) err = rt_take_exception();
        }
        job_free(j);
        if (err != JS_NULL) js_promise_reject_value(p, err);
        else js_promise_resolve_value(p, res);
        js_node_after_callback(JS_UNDEFINED);
    }
}

/* Runs the job as its form says; takes ownership of j. */
static JSValue job_submit(FsJob *j, JSValue cb)
{
    if (j->how == HOW_SYNC) {
        j->run(j);
        JSValue r;
        if (j->err) {
            if (j->no_throw_enoent && j->err == UV_ENOENT) r = JS_UNDEFINED;
            else {
                r = job_error(j);
                if (r != JS_EXCEPTION) r = js_throw(r);
            }
        } else {
            r = j->finish ? j->finish(j) : JS_UNDEFINED;
        }
        job_free(j);
        return r;
    }
    JSValue ret = JS_UNDEFINED;
    if (j->how == HOW_CALLBACK) {
        if (!js_is_callable(cb)) {
            job_free(j);
            return js_node_throw_invalid_arg_type("cb", "of type function", cb);
        }
        j->cb = js_root_new(cb);
    } else {
        ret = js_promise_new();
        j->promise = js_root_new(ret);
    }
    j->work.data = j;
    uv_queue_work(js_node_loop(), &j->work, work_cb, after_work_cb);
    return ret;
}

/* ---- argument conversion ----------------------------------------------------- */

/* A path argument (string or Buffer) as a malloc'ed UTF-8 string. */
static char *get_path(JSValue v, const char *name)
{
    char *s = NULL;
    size_t n = 0;
    uint8_t *p;
    if (js_is_string(v)) {
        s = js_string_to_utf8(v, &n);
    } else if (js_is_uint8array(v) && js_buffer_view_bytes(v, &p, &n)) {
        s = rt_alloc_atomic(n + 1);
        memcpy(s, p, n);
        s[n] = 0;
    } else if (js_is_object(v)) {
        /* a file: URL */
        JSValue href = js_get_property_str(v, "href"), proto = JS_UNDEFINED, pathname = JS_UNDEFINED;
        if (href == JS_EXCEPTION) return NULL;
        if (js_is_string(href)) {
            proto = js_get_property_str(v, "protocol");
            pathname = js_get_property_str(v, "pathname");
            if (proto == JS_EXCEPTION || pathname == JS_EXCEPTION) return NULL;
        }
        if (js_is_string(proto) && js_string_eq_ascii(proto, "file:") && js_is_string(pathname)) {
            s = js_string_to_utf8(pathname, &n);
        } else {
            js_node_throw_invalid_arg_type(name, "of type string or an instance of Buffer or URL", v);
            return NULL;
        }
    } else {
        js_node_throw_invalid_arg_type(name, "of type string or an instance of Buffer or URL", v);
        return NULL;
    }
    if (strlen(s) != n) {
        js_node_throw_code(JS_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
                           "The argument '%s' must be a string, Uint8Array, or URL without null bytes. Received %s",
                           name, js_node_describe_out_of_range(v));
        return NULL;
    }
    return strdup(s);
}

static int get_fd(JSValue v, int64_t *out)
{
    if (!js_is_number(v)) { js_node_throw_invalid_arg_type("fd", "of type number", v); return -1; }
    double d = js_to_double(v);
    if (d != trunc(d)) { js_node_throw_out_of_range("fd", "an integer", v); return -1; }
    if (d < 0 || d > 2147483647.0) { js_node_throw_out_of_range("fd", ">= 0 && <= 2147483647", v); return -1; }
    *out = (int64_t)d;
    return 0;
}

/* isFd: a non-negative integer (anything else is validated as a path) */
static bool is_fd(JSValue v)
{
    if (!js_is_number(v)) return false;
    double d = js_to_double(v);
    return d >= 0 && d <= 2147483647.0 && d == trunc(d);
}

/* stringToFlags */
static int get_flags(JSValue v, int dflt, int *out)
{
    if (js_is_nullish(v)) { *out = dflt; return 0; }
    if (js_is_number(v)) { *out = (int)js_to_double(v); return 0; }
    static const struct { const char *s; int f; } tab[] = {
        { "r", O_RDONLY }, { "rs", O_RDONLY | O_SYNC }, { "sr", O_RDONLY | O_SYNC },
        { "r+", O_RDWR }, { "rs+", O_RDWR | O_SYNC }, { "sr+", O_RDWR | O_SYNC },
        { "w", O_TRUNC | O_CREAT | O_WRONLY }, { "wx", O_TRUNC | O_CREAT | O_WRONLY | O_EXCL },
        { "xw", O_TRUNC | O_CREAT | O_WRONLY | O_EXCL },
        { "w+", O_TRUNC | O_CREAT | O_RDWR }, { "wx+", O_TRUNC | O_CREAT | O_RDWR | O_EXCL },
        { "xw+", O_TRUNC | O_CREAT | O_RDWR | O_EXCL },
        { "a", O_APPEND | O_CREAT | O_WRONLY }, { "ax", O_APPEND | O_CREAT | O_WRONLY | O_EXCL },
        { "xa", O_APPEND | O_CREAT | O_WRONLY | O_EXCL }, { "as", O_APPEND | O_CREAT | O_WRONLY | O_SYNC },
        { "sa", O_APPEND | O_CREAT | O_WRONLY | O_SYNC },
        { "a+", O_APPEND | O_CREAT | O_RDWR }, { "ax+", O_APPEND | O_CREAT | O_RDWR | O_EXCL },
        { "xa+", O_APPEND | O_CREAT | O_RDWR | O_EXCL }, { "as+", O_APPEND | O_CREAT | O_RDWR | O_SYNC },
        { "sa+", O_APPEND | O_CREAT | O_RDWR | O_SYNC },
    };
    if (js_is_string(v)) {
        char *s = js_string_to_utf8(v, NULL);
        for (size_t i = 0; i < JS_COUNTOF(tab); i++)
            if (strcmp(s, tab[i].s) == 0) { *out = tab[i].f; return 0; }
    }
    js_node_throw_code(JS_TYPE_ERROR, "ERR_INVALID_ARG_VALUE", "The argument 'flags' is invalid. Received %s",
                       js_node_describe_out_of_range(v));
    return -1;
}

/* parseFileMode: a uint32 or an octal string. */
static int get_mode(JSValue v, int dflt, int *out)
{
    if (v == JS_UNDEFINED) { *out = dflt; return 0; }
    if (js_is_number(v)) {
        double d = js_to_double(v);
        if (d != trunc(d)) { js_node_throw_out_of_range("mode", "an integer", v); return -1; }
        if (d < 0 || d > 4294967295.0) { js_node_throw_out_of_range("mode", ">= 0 && <= 4294967295", v); return -1; }
        *out = (int)(uint32_t)d;
        return 0;
    }
    if (js_is_string(v)) {
        char *s = js_string_to_utf8(v, NULL);
        bool ok = *s != 0;
        for (char *p = s; *p; p++)
            if (*p < '0' || *p > '7') ok = false;
        if (ok) { *out = (int)strtoul(s, NULL, 8); return 0; }
    }
    js_node_throw_code(JS_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
                       "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received %s",
                       js_node_describe_out_of_range(v));
    return -1;
}

/* An options argument: a string is the encoding; returns the object (or
 * undefined) through *obj. "buffer" as the encoding asks for Buffers. */
static int get_options(JSValue v, JSValue *obj, FsJob *j, bool dflt_buffer)
{
    *obj = JS_UNDEFINED;
    JSValue enc = JS_UNDEFINED;
    j->as_buffer = dflt_buffer;
    if (js_is_string(v)) enc = v;
    else if (js_is_object(v) && !js_is_function(v)) {
        *obj = v;
        enc = js_get_property_str(v, "encoding");
        if (enc == JS_EXCEPTION) return -1;
    } else if (!js_is_nullish(v) && !js_is_function(v)) {
        js_node_throw_invalid_arg_type("options", "one of type string or object", v);
        return -1;
    }
    if (js_is_nullish(enc)) return 0;
    if (js_is_string(enc)) {
        size_t n;
        char *s = js_string_to_utf8(enc, &n);
        if (strcmp(s, "buffer") == 0) { j->as_buffer = true; return 0; }
        JSEncoding e = js_encoding_parse(s, n);
        if (e != JS_ENC_INVALID) { j->enc = e; j->as_buffer = false; return 0; }
    }
    js_node_throw_code(JS_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
                       "The argument 'encoding' is invalid encoding. Received %s",
                       js_node_describe_out_of_range(enc));
    return -1;
}

static int opt_get(JSValue obj, const char *name, JSValue *out)
{
    *out = JS_UNDEFINED;
    if (!js_is_object(obj)) return 0;
    *out = js_get_property_str(obj, name);
    return *out == JS_EXCEPTION ? -1 : 0;
}

static int opt_bool(JSValue obj, const char *name, bool *out)
{
    JSValue v;
    if (opt_get(obj, name, &v) < 0) return -1;
    if (v != JS_UNDEFINED) *out = js_to_boolean(v);
    return 0;
}

/* The data of writeFile/appendFile/write: copied into j->data. */
static int get_data(FsJob *j, JSValue data, JSEncoding enc)
{
    uint8_t *p;
    size_t n;
    if (js_is_string(data)) {
        p = js_buffer_encode_string(data, enc, &n);
    } else if (!js_buffer_view_bytes(data, &p, &n)) {
        js_node_throw_invalid_arg_type("data", "of type string or an instance of Buffer, TypedArray, or DataView", data);
        return -1;
    }
    j->data = malloc(n ? n : 1);
    if (n) memcpy(j->data, p, n);
    j->data_len = n;
    j->own_data = true;
    return 0;
}

/* ---- system calls (thread-safe, no JavaScript values) ------------------------- */

#define SYS(call)                                                     \
    ({                                                                \
        uv_fs_t req_;                                                 \
        int rc_ = call;                                               \
        uv_fs_req_cleanup(&req_);                                     \
        rc_;                                                          \
    })

static int sys_stat(const char *p, uv_stat_t *st, bool link)
{
    uv_fs_t r;
    int rc = link ? uv_fs_lstat(NULL, &r, p, NULL) : uv_fs_stat(NULL, &r, p, NULL);
    if (rc == 0) *st = r.statbuf;
    uv_fs_req_cleanup(&r);
    return rc;
}

static int read_all(int fd, uint8_t **out, size_t *len)
{
    size_t cap = 8192, n = 0;
    uv_fs_t r;
    if (uv_fs_fstat(NULL, &r, fd, NULL) == 0 && r.statbuf.st_size > 0 && S_ISREG(r.statbuf.st_mode))
        cap = (size_t)r.statbuf.st_size + 1;
    uv_fs_req_cleanup(&r);
    uint8_t *buf = malloc(cap);
    for (;;) {
        if (n == cap) { cap *= 2; buf = realloc(buf, cap); }
        uv_buf_t b = uv_buf_init((char *)buf + n, (unsigned)(cap - n > 1u << 30 ? 1u << 30 : cap - n));
        int rc = uv_fs_read(NULL, &r, fd, &b, 1, -1, NULL);
        uv_fs_req_cleanup(&r);
        if (rc < 0) { free(buf); return rc; }
        if (rc == 0) break;
        n += (size_t)rc;
    }
    *out = buf;
    *len = n;
    return 0;
}

static int write_all(int fd, const uint8_t *p, size_t n, int64_t pos)
{
    size_t done = 0;
    while (done < n) {
        uv_fs_t r;
        uv_buf_t b = uv_buf_init((char *)p + done, (unsigned)(n - done > 1u << 30 ? 1u << 30 : n - done));
        int rc = uv_fs_write(NULL, &r, fd, &b, 1, pos < 0 ? -1 : pos + (int64_t)done, NULL);
        uv_fs_req_cleanup(&r);
        if (rc < 0) return rc;
        done += (size_t)rc;
    }
    return 0;
}

static int run_read_file(FsJob *j)
{
    int fd = (int)j->fd, rc;
    if (j->path) {
        fd = SYS(uv_fs_open(NULL, &req_, j->path, j->flags, 0666, NULL));
        if (fd < 0) return fail(j, fd, "open", j->path, NULL);
    }
    rc = read_all(fd, &j->out, &j->out_len);
    if (j->path) SYS(uv_fs_close(NULL, &req_, fd, NULL));
    if (rc < 0) return fail(j, rc, "read", NULL, NULL);
    return 0;
}

static int run_write_file(FsJob *j)
{
    int fd = (int)j->fd, rc;
    if (j->path) {
        fd = SYS(uv_fs_open(NULL, &req_, j->path, j->flags, j->mode, NULL));
        if (fd < 0) return fail(j, fd, "open", j->path, NULL);
    }
    rc = write_all(fd, j->data, j->data_len, -1);
    if (j->path) SYS(uv_fs_close(NULL, &req_, fd, NULL));
    if (rc < 0) return fail(j, rc, "write", NULL, NULL);
    return 0;
}

static int run_open(FsJob *j)
{
    int fd = SYS(uv_fs_open(NULL, &req_, j->path, j->flags, j->mode, NULL));
    if (fd < 0) return fail(j, fd, "open", j->path, NULL);
    j->ires = fd;
    return 0;
}

static int run_close(FsJob *j)
{
    int rc = SYS(uv_fs_close(NULL, &req_, (int)j->fd, NULL));
    return rc < 0 ? fail(j, rc, "close", NULL, NULL) : 0;
}

static int run_fsync(FsJob *j)
{
    int rc = SYS(uv_fs_fsync(NULL, &req_, (int)j->fd, NULL));
    return rc < 0 ? fail(j, rc, "fsync", NULL, NULL) : 0;
}

static int run_read(FsJob *j)
{
    uv_buf_t b = uv_buf_init((char *)j->data, (unsigned)j->data_len);
    int rc = SYS(uv_fs_read(NULL, &req_, (int)j->fd, &b, 1, j->pos, NULL));
    if (rc < 0) return fail(j, rc, "read", NULL, NULL);
    j->ires = rc;
    return 0;
}

static int run_write(FsJob *j)
{
    uv_buf_t b = uv_buf_init((char *)j->data, (unsigned)j->data_len);
    int rc = SYS(uv_fs_write(NULL, &req_, (int)j->fd, &b, 1, j->pos, NULL));
    if (rc < 0) return fail(j, rc, "write", NULL, NULL);
    j->ires = rc;
    return 0;
}

static int run_stat(FsJob *j)
{
    int rc;
    const char *sc;
    if (j->path) {
        rc = sys_stat(j->path, &j->st, j->flags);
        sc = j->flags ? "lstat" : "stat";
    } else {
        uv_fs_t r;
        rc = uv_fs_fstat(NULL, &r, (int)j->fd, NULL);
        if (rc == 0) j->st = r.statbuf;
        uv_fs_req_cleanup(&r);
        sc = "fstat";
    }
    return rc < 0 ? fail(j, rc, sc, j->path, NULL) : 0;
}

static int run_exists(FsJob *j)
{
    j->ires = SYS(uv_fs_access(NULL, &req_, j->path, F_OK, NULL)) == 0;
    return 0;
}

static int run_access(FsJob *j)
{
    int rc = SYS(uv_fs_access(NULL, &req_, j->path, j->mode, NULL));
    return rc < 0 ? fail(j, rc, "access", j->path, NULL) : 0;
}

static int scan_dir(const char *path, char ***names, uint8_t **types, size_t *count)
{
    uv_fs_t r;
    int rc = uv_fs_scandir(NULL, &r, path, 0, NULL);
    if (rc < 0) { uv_fs_req_cleanup(&r); return rc; }
    size_t cap = rc > 0 ? (size_t)rc : 1, n = 0;
    *names = malloc(cap * sizeof **names);
    *types = malloc(cap);
    uv_dirent_t d;
    while (uv_fs_scandir_next(&r, &d) == 0) {
        if (n == cap) {
            cap *= 2;
            *names = realloc(*names, cap * sizeof **names);
            *types = realloc(*types, cap);
        }
        (*names)[n] = strdup(d.name);
        (*types)[n] = (uint8_t)d.type;
        n++;
    }
    uv_fs_req_cleanup(&r);
    *count = n;
    return 0;
}

static int run_readdir(FsJob *j)
{
    int rc = scan_dir(j->path, &j->names, &j->types, &j->count);
    return rc < 0 ? fail(j, rc, "scandir", j->path, NULL) : 0;
}

static char *parent_dir(const char *p)
{
    char *d = strdup(p);
    size_t n = strlen(d);
    while (n > 1 && d[n - 1] == '/') d[--n] = 0;
    char *slash = strrchr(d, '/');
    if (!slash) { free(d); return strdup("."); }
    if (slash == d) slash[1] = 0;
    else *slash = 0;
    return d;
}

static int mkdir_p(const char *p, int mode, char **first)
{
    int rc = SYS(uv_fs_mkdir(NULL, &req_, p, mode, NULL));
    if (rc == UV_ENOENT) {
        char *parent = parent_dir(p);
        if (strcmp(parent, p) != 0 && strcmp(parent, ".") != 0) rc = mkdir_p(parent, mode, first);
        free(parent);
        if (rc < 0 && rc != UV_ENOENT) return rc;
        rc = SYS(uv_fs_mkdir(NULL, &req_, p, mode, NULL));
    }
    if (rc == 0) {
        if (!*first) *first = strdup(p);
        return 0;
    }
    if (rc == UV_EEXIST) {
        uv_stat_t st;
        if (sys_stat(p, &st, false) == 0 && S_ISDIR(st.st_mode)) return 0;
    }
    return rc;
}

static int run_mkdir(FsJob *j)
{
    int rc;
    if (j->recursive) {
        rc = mkdir_p(j->path, j->mode, &j->sres);
    } else {
        rc = SYS(uv_fs_mkdir(NULL, &req_, j->path, j->mode, NULL));
    }
    return rc < 0 ? fail(j, rc, "mkdir", j->path, NULL) : 0;
}

/* rm -r of p (lstat first); force ignores a missing path. */
static int rm_tree(FsJob *j, const char *p, bool top)
{
    uv_stat_t st;
    int rc = sys_stat(p, &st, true);
    if (rc < 0) {
        if (rc == UV_ENOENT && j->force) return 0;
        return fail(j, rc, "lstat", p, NULL);
    }
    if (S_ISDIR(st.st_mode)) {
        if (!j->recursive) {
            (void)top;
            return fail(j, UV_EISDIR, "rm", p, NULL);
        }
        char **names;
        uint8_t *types;
        size_t n;
        rc = scan_dir(p, &names, &types, &n);
        if (rc < 0) return fail(j, rc, "scandir", p, NULL);
        int res = 0;
        for (size_t i = 0; i < n; i++) {
            if (res == 0) {
                char *child = malloc(strlen(p) + strlen(names[i]) + 2);
                sprintf(child, "%s/%s", p, names[i]);
                res = rm_tree(j, child, false);
                free(child);
            }
            free(names[i]);
        }
        free(names);
        free(types);
        if (res < 0) return res;
        rc = SYS(uv_fs_rmdir(NULL, &req_, p, NULL));
        return rc < 0 ? fail(j, rc, "rmdir", p, NULL) : 0;
    }
    rc = SYS(uv_fs_unlink(NULL, &req_, p, NULL));
    if (rc == UV_ENOENT && j->force) return 0;
    return rc < 0 ? fail(j, rc, "unlink", p, NULL) : 0;
}

static int run_rm(FsJob *j) { return rm_tree(j, j->path, true); }

static int run_rmdir(FsJob *j)
{
    if (j->recursive) return rm_tree(j, j->path, true);
    int rc = SYS(uv_fs_rmdir(NULL, &req_, j->path, NULL));
    return rc < 0 ? fail(j, rc, "rmdir", j->path, NULL) : 0;
}

static int run_unlink(FsJob *j)
{
    int rc = SYS(uv_fs_unlink(NULL, &req_, j->path, NULL));
    return rc < 0 ? fail(j, rc, "unlink", j->path, NULL) : 0;
}

static int run_rename(FsJob *j)
{
    int rc = SYS(uv_fs_rename(NULL, &req_, j->path, j->path2, NULL));
    return rc < 0 ? fail(j, rc, "rename", j->path, j->path2) : 0;
}

static int run_copyfile(FsJob *j)
{
    int rc = SYS(uv_fs_copyfile(NULL, &req_, j->path, j->path2, j->mode, NULL));
    return rc < 0 ? fail(j, rc, "copyfile", j->path, j->path2) : 0;
}

static int run_symlink(FsJob *j)
{
    int rc = SYS(uv_fs_symlink(NULL, &req_, j->path, j->path2, j->flags, NULL));
    return rc < 0 ? fail(j, rc, "symlink", j->path, j->path2) : 0;
}

static int run_link(FsJob *j)
{
    int rc = SYS(uv_fs_link(NULL, &req_, j->path, j->path2, NULL));
    return rc < 0 ? fail(j, rc, "link", j->path, j->path2) : 0;
}

static int run_readlink(FsJob *j)
{
    uv_fs_t r;
    int rc = uv_fs_readlink(NULL, &r, j->path, NULL);
    if (rc == 0) j->sres = strdup(r.ptr);
    uv_fs_req_cleanup(&r);
    return rc < 0 ? fail(j, rc, "readlink", j->path, NULL) : 0;
}

static int run_realpath(FsJob *j)
{
    uv_fs_t r;
    int rc = uv_fs_realpath(NULL, &r, j->path, NULL);
    if (rc == 0) j->sres = strdup(r.ptr);
    uv_fs_req_cleanup(&r);
    if (rc == 0) return 0;
    if (j->flags) return fail(j, rc, "realpath", j->path, NULL);
    /* node's JavaScript realpath reports the first component lstat cannot find */
    char *p = strdup(j->path);
    for (char *s = p + 1; ; s++) {
        if (*s == '/' || *s == 0) {
            char c = *s;
            *s = 0;
            uv_stat_t st;
            int e = sys_stat(p, &st, true);
            if (e < 0) { fail(j, e, "lstat", p, NULL); free(p); return -1; }
            *s = c;
            if (c == 0) break;
        }
    }
    free(p);
    return fail(j, rc, "lstat", j->path, NULL);
}

static int run_chmod(FsJob *j)
{
    int rc = j->path ? SYS(uv_fs_chmod(NULL, &req_, j->path, j->mode, NULL))
                     : SYS(uv_fs_fchmod(NULL, &req_, (int)j->fd, j->mode, NULL));
    return rc < 0 ? fail(j, rc, j->path ? "chmod" : "fchmod", j->path, NULL) : 0;
}

static int run_mkdtemp(FsJob *j)
{
    uv_fs_t r;
    int rc = uv_fs_mkdtemp(NULL, &r, j->path, NULL);
    if (rc == 0) j->sres = strdup(r.path);
    uv_fs_req_cleanup(&r);
    return rc < 0 ? fail(j, rc, "mkdtemp", j->path, NULL) : 0;
}

static int run_truncate(FsJob *j)
{
    int fd = (int)j->fd;
    if (j->path) {
        fd = SYS(uv_fs_open(NULL, &req_, j->path, O_RDWR, 0666, NULL));
        if (fd < 0) return fail(j, fd, "open", j->path, NULL);
    }
    int rc = SYS(uv_fs_ftruncate(NULL, &req_, fd, j->len, NULL));
    if (j->path) SYS(uv_fs_close(NULL, &req_, fd, NULL));
    return rc < 0 ? fail(j, rc, "ftruncate", NULL, NULL) : 0;
}

static int run_utimes(FsJob *j)
{
    int rc = j->path ? SYS(uv_fs_utime(NULL, &req_, j->path, j->atime, j->mtime, NULL))
                     : SYS(uv_fs_futime(NULL, &req_, (int)j->fd, j->atime, j->mtime, NULL));
    return rc < 0 ? fail(j, rc, j->path ? "utime" : "futime", j->path, NULL) : 0;
}

static int run_opendir(FsJob *j)
{
    int rc = scan_dir(j->path, &j->names, &j->types, &j->count);
    /* node's opendirSync error names no path, the asynchronous forms' do */
    return rc < 0 ? fail(j, rc, "opendir", j->how == HOW_SYNC ? NULL : j->path, NULL) : 0;
}

static int run_fdatasync(FsJob *j)
{
    int rc = SYS(uv_fs_fdatasync(NULL, &req_, (int)j->fd, NULL));
    return rc < 0 ? fail(j, rc, "fdatasync", NULL, NULL) : 0;
}

/* chown (flags 0), lchown (1), fchown (path NULL); uid in len, gid in pos */
static int run_chown(FsJob *j)
{
    int rc;
    const char *sc;
    if (!j->path) { rc = SYS(uv_fs_fchown(NULL, &req_, (int)j->fd, (uv_uid_t)j->len, (uv_gid_t)j->pos, NULL)); sc = "fchown"; }
    else if (j->flags) { rc = SYS(uv_fs_lchown(NULL, &req_, j->path, (uv_uid_t)j->len, (uv_gid_t)j->pos, NULL)); sc = "lchown"; }
    else { rc = SYS(uv_fs_chown(NULL, &req_, j->path, (uv_uid_t)j->len, (uv_gid_t)j->pos, NULL)); sc = "chown"; }
    return rc < 0 ? fail(j, rc, sc, j->path, NULL) : 0;
}

static int run_lutimes(FsJob *j)
{
    int rc = SYS(uv_fs_lutime(NULL, &req_, j->path, j->atime, j->mtime, NULL));
    return rc < 0 ? fail(j, rc, "lutime", j->path, NULL) : 0;
}

/* ---- results ---------------------------------------------------------------------- */

static JSValue finish_int(FsJob *j) { return js_mk_number((double)j->ires); }
static JSValue finish_bool(FsJob *j) { return js_mk_bool(j->ires != 0); }

static JSValue finish_bytes(FsJob *j)
{
    if (j->as_buffer) return js_buffer_from_bytes(j->out, j->out_len);
    return js_buffer_decode(j->enc, j->out, j->out_len);
}

static JSValue path_value(FsJob *j, const char *s)
{
    if (j->as_buffer) return js_buffer_from_bytes(s, strlen(s));
    if (j->enc == JS_ENC_UTF8) return js_new_string_cstr(s);
    return js_buffer_decode(j->enc, (const uint8_t *)s, strlen(s));
}

static JSValue finish_string(FsJob *j) { return j->sres ? path_value(j, j->sres) : JS_UNDEFINED; }

static JSValue ms_date(double ms)
{
    return js_new_primitive_object(JS_CELL_DATE, js_realm.date_proto, js_mk_number(round(ms)));
}

static double ts_ms(uv_timespec_t t) { return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6; }

static void fs_classes_init(void);

JSValue js_fs_make_stats(const uv_stat_t *st)
{
    fs_classes_init();
    JSValue o = js_new_object_proto(stats_proto);
    static const char *const names[] = { "dev", "mode", "nlink", "uid", "gid", "rdev", "blksize", "ino", "size", "blocks" };
    double vals[] = { (double)st->st_dev, (double)st->st_mode, (double)st->st_nlink, (double)st->st_uid,
                      (double)st->st_gid, (double)st->st_rdev, (double)st->st_blksize, (double)st->st_ino,
                      (double)st->st_size, (double)st->st_blocks };
    for (size_t i = 0; i < JS_COUNTOF(names); i++)
        js_define_property_value_str(o, names[i], js_mk_number(vals[i]), JS_PROP_C_W_E);
    double ms[4] = { ts_ms(st->st_atim), ts_ms(st->st_mtim), ts_ms(st->st_ctim), ts_ms(st->st_birthtim) };
    static const char *const mnames[] = { "atimeMs", "mtimeMs", "ctimeMs", "birthtimeMs" };
    static const char *const dnames[] = { "atime", "mtime", "ctime", "birthtime" };
    for (int i = 0; i < 4; i++) js_define_property_value_str(o, mnames[i], js_mk_number(ms[i]), JS_PROP_C_W_E);
    for (int i = 0; i < 4; i++) js_define_property_value_str(o, dnames[i], ms_date(ms[i]), JS_PROP_C_W_E);
    return o;
}

static JSValue finish_stat(FsJob *j) { return js_fs_make_stats(&j->st); }

static JSValue make_dirent(JSValue name, int type, JSValue dir)
{
    JSValue d = js_new_object_proto(dirent_proto);
    js_define_property_value_str(d, "name", name, JS_PROP_C_W_E);
    js_define_property_value_str(d, "parentPath", dir, JS_PROP_C_W_E);
    js_define_property_value_str(d, "path", dir, JS_PROP_C_W_E);
    js_define_property_value(d, dirent_type_sym, js_mk_int32(type), JS_PROP_C_W_E);
    return d;
}

static JSValue finish_readdir(FsJob *j)
{
    fs_classes_init();
    JSValue arr = js_new_array(0);
    JSValue dir = js_new_string_cstr(j->path);
    for (size_t i = 0; i < j->count; i++) {
        JSValue name = path_value(j, j->names[i]);
        if (name == JS_EXCEPTION) return name;
        int type = j->types[i];
        if (j->with_types && type == UV_DIRENT_UNKNOWN) {
            char *full = str_fmt("%s/%s", j->path, j->names[i]);
            uv_stat_t st;
            if (sys_stat(full, &st, true) == 0) {
                mode_t m = (mode_t)st.st_mode & S_IFMT;
                type = m == S_IFREG ? UV_DIRENT_FILE : m == S_IFDIR ? UV_DIRENT_DIR : m == S_IFLNK ? UV_DIRENT_LINK
                     : m == S_IFIFO ? UV_DIRENT_FIFO : m == S_IFSOCK ? UV_DIRENT_SOCKET
                     : m == S_IFCHR ? UV_DIRENT_CHAR : m == S_IFBLK ? UV_DIRENT_BLOCK : UV_DIRENT_UNKNOWN;
            }
        }
        js_array_push(arr, j->with_types ? make_dirent(name, type, dir) : name);
    }
    return arr;
}

/* ---- Stats and Dirent ------------------------------------------------------------------ */

static int stats_mode(JSValue this_val, double *m)
{
    JSValue v = js_get_property_str(this_val, "mode");
    if (v == JS_EXCEPTION) return -1;
    return js_to_number(v, m);
}

#define STATS_IS(fn, bits)                                                      \
    static JS_NATIVE(fn)                                                        \
    {                                                                           \
        (void)callee; (void)argc; (void)argv; (void)new_target;                 \
        double m;                                                               \
        if (stats_mode(this_val, &m) < 0) return JS_EXCEPTION;                  \
        return js_mk_bool(((unsigned)m & S_IFMT) == (bits));                    \
    }
STATS_IS(stats_is_file, S_IFREG)
STATS_IS(stats_is_dir, S_IFDIR)
STATS_IS(stats_is_link, S_IFLNK)
STATS_IS(stats_is_fifo, S_IFIFO)
STATS_IS(stats_is_socket, S_IFSOCK)
STATS_IS(stats_is_char, S_IFCHR)
STATS_IS(stats_is_block, S_IFBLK)

#define DIRENT_IS(fn, t)                                                        \
    static JS_NATIVE(fn)                                                        \
    {                                                                           \
        (void)callee; (void)argc; (void)argv; (void)new_target;                 \
        JSValue v = js_get_property(this_val, dirent_type_sym);                 \
        if (v == JS_EXCEPTION) return v;                                        \
        return js_mk_bool(js_is_number(v) && js_to_double(v) == (t));           \
    }
DIRENT_IS(dirent_is_file, UV_DIRENT_FILE)
DIRENT_IS(dirent_is_dir, UV_DIRENT_DIR)
DIRENT_IS(dirent_is_link, UV_DIRENT_LINK)
DIRENT_IS(dirent_is_fifo, UV_DIRENT_FIFO)
DIRENT_IS(dirent_is_socket, UV_DIRENT_SOCKET)
DIRENT_IS(dirent_is_char, UV_DIRENT_CHAR)
DIRENT_IS(dirent_is_block, UV_DIRENT_BLOCK)

static const JSPropDef stats_proto_props[] = {
    JS_CFUNC_DEF("isFile", 0, stats_is_file),
    JS_CFUNC_DEF("isDirectory", 0, stats_is_dir),
    JS_CFUNC_DEF("isSymbolicLink", 0, stats_is_link),
    JS_CFUNC_DEF("isFIFO", 0, stats_is_fifo),
    JS_CFUNC_DEF("isSocket", 0, stats_is_socket),
    JS_CFUNC_DEF("isCharacterDevice", 0, stats_is_char),
    JS_CFUNC_DEF("isBlockDevice", 0, stats_is_block),
};

static const JSPropDef dirent_proto_props[] = {
    JS_CFUNC_DEF("isFile", 0, dirent_is_file),
    JS_CFUNC_DEF("isDirectory", 0, dirent_is_dir),
    JS_CFUNC_DEF("isSymbolicLink", 0, dirent_is_link),
    JS_CFUNC_DEF("isFIFO", 0, dirent_is_fifo),
    JS_CFUNC_DEF("isSocket", 0, dirent_is_socket),
    JS_CFUNC_DEF("isCharacterDevice", 0, dirent_is_char),
    JS_CFUNC_DEF("isBlockDevice", 0, dirent_is_block),
};

static JS_NATIVE(js_fs_class_ctor)
{
    (void)callee; (void)this_val; (void)argc; (void)argv; (void)new_target;
    return js_throw_type_error("Illegal constructor");
}

static void fs_classes_init(void)
{
    if (stats_ctor) return;
    stats_proto = js_new_object();
    stats_ctor = js_new_native_constructor("Stats", js_fs_class_ctor, 0, stats_proto);
    js_install_props(stats_proto, stats_proto_props, JS_COUNTOF(stats_proto_props));
    dirent_proto = js_new_object();
    dirent_ctor = js_new_native_constructor("Dirent", js_fs_class_ctor, 3, dirent_proto);
    js_install_props(dirent_proto, dirent_proto_props, JS_COUNTOF(dirent_proto_props));
    dirent_type_sym = js_new_symbol(js_new_string_cstr("type"));
}

/* ---- the operations ----------------------------------------------------------------------- */

/* The callback form takes its callback last; cb_index says where it is
 * for a call with argc arguments (the last function argument). */
static int cur_length;   /* the declared parameters of the entry being called, callback excluded */

static JSValue last_cb(int how, int32_t argc, const JSValue *argv)
{
    if (how != HOW_CALLBACK || argc == 0) return JS_UNDEFINED;
    if (js_is_callable(argv[argc - 1])) return argv[argc - 1];
    return cur_length < argc ? argv[cur_length] : JS_UNDEFINED;
}

/* In the callback form, the arguments before the callback. */
static int32_t nargs(int how, int32_t argc, const JSValue *argv)
{
    if (how == HOW_CALLBACK && argc > 0 && js_is_callable(argv[argc - 1])) return argc - 1;
    return argc;
}

#define ARG(i) ((i) < n ? argv[i] : JS_UNDEFINED)
#define BEGIN()                                                   \
    int32_t n = nargs(how, argc, argv);                           \
    JSValue cb = last_cb(how, argc, argv);                        \
    FsJob *j = job_new(how);                                      \
    (void)n
#define CHECK(x)                                                  \
    do {                                                          \
        if ((x) < 0) { job_free(j); return JS_EXCEPTION; }        \
    } while (0)
#define PATH(field, i, name)                                      \
    do {                                                          \
        j->field = get_path(ARG(i), name);                        \
        if (!j->field) { job_free(j); return JS_EXCEPTION; }      \
    } while (0)

static JSValue filehandle_proto;

/* A FileHandle passed where a path or fd may go stands for its fd. */
static JSValue unwrap_handle(JSValue v)
{
    if (filehandle_proto && js_is_object(v) && js_get_prototype(v) == filehandle_proto) {
        JSValue fd = js_get_property_str(v, "fd");
        return fd == JS_EXCEPTION ? JS_UNDEFINED : fd;
    }
    return v;
}

static JSValue op_read_file(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    JSValue opts, flag;
    CHECK(get_options(ARG(1), &opts, j, true));
    CHECK(opt_get(opts, "flag", &flag));
    CHECK(get_flags(flag, O_RDONLY, &j->flags));
    JSValue target = unwrap_handle(ARG(0));
    if (is_fd(target)) CHECK(get_fd(target, &j->fd));
    else PATH(path, 0, "path");
    j->run = run_read_file;
    j->finish = finish_bytes;
    return job_submit(j, cb);
}

static JSValue write_file(int how, int32_t argc, const JSValue *argv, bool append)
{
    BEGIN();
    JSValue opts, flag, mode;
    CHECK(get_options(ARG(2), &opts, j, false));
    CHECK(opt_get(opts, "flag", &flag));
    CHECK(opt_get(opts, "mode", &mode));
    CHECK(get_flags(flag, append ? O_APPEND | O_CREAT | O_WRONLY : O_TRUNC | O_CREAT | O_WRONLY, &j->flags));
    CHECK(get_mode(mode, 0666, &j->mode));
    JSValue target = unwrap_handle(ARG(0));
    if (is_fd(target)) CHECK(get_fd(target, &j->fd));
    else PATH(path, 0, "path");
    CHECK(get_data(j, ARG(1), j->enc));
    j->run = run_write_file;
    return job_submit(j, cb);
}

static JSValue op_write_file(int how, int32_t argc, const JSValue *argv) { return write_file(how, argc, argv, false); }
static JSValue op_append_file(int how, int32_t argc, const JSValue *argv) { return write_file(how, argc, argv, true); }

static JSValue op_exists(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    char *p = NULL;
    JSValue v = ARG(0);
    if (js_is_string(v) || js_is_uint8array(v)) p = get_path(v, "path");
    if (!p) {
        if (js_has_exception()) rt_take_exception();
        job_free(j);
        if (how == HOW_SYNC) return JS_FALSE;
        p = strdup("");
        j = job_new(how);
    }
    j->path = p;
    j->run = run_exists;
    j->finish = finish_bool;
    if (how == HOW_CALLBACK) {
        /* fs.exists calls back with just the boolean */
        if (!js_is_callable(cb)) { job_free(j); return js_node_throw_invalid_arg_type("cb", "of type function", cb); }
        j->run(j);
        JSValue r = finish_bool(j);
        job_free(j);
        js_enqueue_next_tick(cb, 1, &r);
        return JS_UNDEFINED;
    }
    return job_submit(j, cb);
}

static JSValue op_access(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    PATH(path, 0, "path");
    CHECK(get_mode(js_is_nullish(ARG(1)) ? JS_UNDEFINED : ARG(1), F_OK, &j->mode));
    j->run = run_access;
    return job_submit(j, cb);
}

static JSValue stat_common(int how, int32_t argc, const JSValue *argv, int kind)
{
    BEGIN();
    if (kind == 2) CHECK(get_fd(ARG(0), &j->fd));
    else PATH(path, 0, "path");
    j->flags = kind == 1;
    JSValue opts = ARG(1), v;
    if (how == HOW_SYNC && js_is_object(opts)) {
        CHECK(opt_get(opts, "throwIfNoEntry", &v));
        if (v == JS_FALSE) j->no_throw_enoent = true;
    }
    j->run = run_stat;
    j->finish = finish_stat;
    return job_submit(j, cb);
}

static JSValue op_stat(int how, int32_t argc, const JSValue *argv) { return stat_common(how, argc, argv, 0); }
static JSValue op_lstat(int how, int32_t argc, const JSValue *argv) { return stat_common(how, argc, argv, 1); }
static JSValue op_fstat(int how, int32_t argc, const JSValue *argv) { return stat_common(how, argc, argv, 2); }

static JSValue op_readdir(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    PATH(path, 0, "path");
    JSValue opts;
    CHECK(get_options(ARG(1), &opts, j, false));
    CHECK(opt_bool(opts, "withFileTypes", &j->with_types));
    j->run = run_readdir;
    j->finish = finish_readdir;
    return job_submit(j, cb);
}

static JSValue op_mkdir(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    PATH(path, 0, "path");
    JSValue o = ARG(1), mode = JS_UNDEFINED;
    if (js_is_object(o)) {
        CHECK(opt_bool(o, "recursive", &j->recursive));
        CHECK(opt_get(o, "mode", &mode));
    } else {
        mode = o;
    }
    CHECK(get_mode(js_is_nullish(mode) ? JS_UNDEFINED : mode, 0777, &j->mode));
    j->run = run_mkdir;
    j->finish = j->recursive ? finish_string : NULL;
    j->as_buffer = false;
    return job_submit(j, cb);
}

/* ERR_FS_EISDIR, a SystemError (rm of a directory without recursive). */
static JSValue throw_fs_eisdir(const char *path)
{
    char *msg = str_fmt("Path is a directory: rm returned EISDIR (is a directory) %s", path);
    JSValue e = js_new_error(JS_ERROR, js_new_string_cstr(msg));
    if (e == JS_EXCEPTION) return e;
    JSValue info = js_new_object();
    js_define_property_value_str(info, "code", js_new_string_cstr("EISDIR"), JS_PROP_C_W_E);
    js_define_property_value_str(info, "message", js_new_string_cstr("is a directory"), JS_PROP_C_W_E);
    js_define_property_value_str(info, "path", js_new_string_cstr(path), JS_PROP_C_W_E);
    js_define_property_value_str(info, "syscall", js_new_string_cstr("rm"), JS_PROP_C_W_E);
    js_define_property_value_str(info, "errno", js_mk_int32(EISDIR), JS_PROP_C_W_E);
    js_define_property_value_str(e, "name", js_new_string_cstr("SystemError"), JS_PROP_C_W);
    js_define_property_value_str(e, "code", js_new_string_cstr("ERR_FS_EISDIR"), JS_PROP_C_W_E);
    js_define_property_value_str(e, "info", info, JS_PROP_C_W_E);
    js_define_property_value_str(e, "errno", js_mk_int32(EISDIR), JS_PROP_C_W_E);
    js_define_property_value_str(e, "syscall", js_new_string_cstr("rm"), JS_PROP_C_W_E);
    js_define_property_value_str(e, "path", js_new_string_cstr(path), JS_PROP_C_W_E);
    JSValue stack = js_get_property(e, JS_ATOM(stack));
    if (js_is_string(stack)) {
        char *st = js_string_to_utf8(stack, NULL);
        if (strncmp(st, "Error", 5) == 0)
            js_define_property_value(e, JS_ATOM(stack),
                                     js_new_string_cstr(str_fmt("SystemError [ERR_FS_EISDIR]%s", st + 5)), JS_PROP_C_W);
    }
    return js_throw(e);
}

static JSValue op_rm(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    PATH(path, 0, "path");
    CHECK(opt_bool(ARG(1), "recursive", &j->recursive));
    CHECK(opt_bool(ARG(1), "force", &j->force));
    j->run = run_rm;
    JSValue r = JS_UNDEFINED;
    if (how == HOW_SYNC) {
        j->run(j);
        if (j->err == UV_EISDIR && strcmp(j->syscall, "rm") == 0) {
            /* ERR_FS_EISDIR, a SystemError */
            char *p = str_dup(j->err_path);
            job_free(j);
            return throw_fs_eisdir(p);
        }
        if (j->err) r = js_throw(job_error(j));
        job_free(j);
        return r;
    }
    return job_submit(j, cb);
}

static JSValue op_rmdir(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    PATH(path, 0, "path");
    CHECK(opt_bool(ARG(1), "recursive", &j->recursive));
    j->run = run_rmdir;
    return job_submit(j, cb);
}

static JSValue op_unlink(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    PATH(path, 0, "path");
    j->run = run_unlink;
    return job_submit(j, cb);
}

static JSValue op_rename(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    PATH(path, 0, "oldPath");
    PATH(path2, 1, "newPath");
    j->run = run_rename;
    return job_submit(j, cb);
}

static JSValue op_copy_file(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    PATH(path, 0, "src");
    PATH(path2, 1, "dest");
    if (js_is_number(ARG(2))) j->mode = (int)js_to_double(ARG(2));
    j->run = run_copyfile;
    return job_submit(j, cb);
}

static JSValue op_symlink(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    PATH(path, 0, "target");
    PATH(path2, 1, "path");
    JSValue type = ARG(2);
    if (js_is_string(type) && js_string_eq_ascii(type, "dir")) j->flags = UV_FS_SYMLINK_DIR;
    j->run = run_symlink;
    return job_submit(j, cb);
}

static JSValue op_link(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    PATH(path, 0, "existingPath");
    PATH(path2, 1, "newPath");
    j->run = run_link;
    return job_submit(j, cb);
}

static JSValue path_result(int how, int32_t argc, const JSValue *argv, FsRun run, int flags)
{
    BEGIN();
    PATH(path, 0, "path");
    JSValue opts;
    CHECK(get_options(ARG(1), &opts, j, false));
    j->flags = flags;
    j->run = run;
    j->finish = finish_string;
    return job_submit(j, cb);
}

static JSValue op_readlink(int how, int32_t argc, const JSValue *argv) { return path_result(how, argc, argv, run_readlink, 0); }
static JSValue op_realpath(int how, int32_t argc, const JSValue *argv) { return path_result(how, argc, argv, run_realpath, 0); }
static JSValue op_realpath_native(int how, int32_t argc, const JSValue *argv) { return path_result(how, argc, argv, run_realpath, 1); }

static JSValue op_mkdtemp(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    PATH(path, 0, "prefix");
    char *t = malloc(strlen(j->path) + 7);
    strcpy(t, j->path);
    strcat(t, "XXXXXX");
    free(j->path);
    j->path = t;
    JSValue opts;
    CHECK(get_options(ARG(1), &opts, j, false));
    j->run = run_mkdtemp;
    j->finish = finish_string;
    return job_submit(j, cb);
}

static JSValue chmod_common(int how, int32_t argc, const JSValue *argv, bool fd)
{
    BEGIN();
    if (fd) CHECK(get_fd(ARG(0), &j->fd));
    else PATH(path, 0, "path");
    if (ARG(1) == JS_UNDEFINED) {
        job_free(j);
        return js_node_throw_invalid_arg_type("mode", "of type number", JS_UNDEFINED);
    }
    CHECK(get_mode(ARG(1), 0, &j->mode));
    j->run = run_chmod;
    return job_submit(j, cb);
}

static JSValue op_chmod(int how, int32_t argc, const JSValue *argv) { return chmod_common(how, argc, argv, false); }
static JSValue op_fchmod(int how, int32_t argc, const JSValue *argv) { return chmod_common(how, argc, argv, true); }

static int get_len(JSValue v, int64_t *out)
{
    *out = 0;
    if (v == JS_UNDEFINED || v == JS_NULL) return 0;
    if (!js_is_number(v)) { js_node_throw_invalid_arg_type("len", "of type number", v); return -1; }
    double d = js_to_double(v);
    if (d != trunc(d)) { js_node_throw_out_of_range("len", "an integer", v); return -1; }
    *out = d < 0 ? 0 : (int64_t)d;
    return 0;
}

static JSValue truncate_common(int how, int32_t argc, const JSValue *argv, bool fd)
{
    BEGIN();
    if (fd || is_fd(ARG(0))) CHECK(get_fd(ARG(0), &j->fd));
    else PATH(path, 0, "path");
    CHECK(get_len(ARG(1), &j->len));
    j->run = run_truncate;
    return job_submit(j, cb);
}

static JSValue op_truncate(int how, int32_t argc, const JSValue *argv) { return truncate_common(how, argc, argv, false); }
static JSValue op_ftruncate(int how, int32_t argc, const JSValue *argv) { return truncate_common(how, argc, argv, true); }

/* toUnixTimestamp: seconds from a number, a numeric string or a Date. */
static int get_time(JSValue v, const char *name, double *out)
{
    if (js_is_string(v)) {
        double d = js_string_to_number(v);
        if (!isnan(d)) { *out = d; return 0; }
    }
    if (js_is_number(v)) {
        double d = js_to_double(v);
        *out = isfinite(d) ? d : (double)time(NULL);
        if (d < 0) *out = (double)time(NULL);
        return 0;
    }
    if (js_is_cell(v) && js_cell_kind(v) == JS_CELL_DATE) {
        double ms;
        if (js_to_number(v, &ms) < 0) return -1;
        *out = ms / 1000;
        return 0;
    }
    js_node_throw_invalid_arg_type(name, "of type number or an instance of Date", v);
    return -1;
}

static JSValue utimes_common(int how, int32_t argc, const JSValue *argv, bool fd)
{
    BEGIN();
    if (fd) CHECK(get_fd(ARG(0), &j->fd));
    else PATH(path, 0, "path");
    CHECK(get_time(ARG(1), "atime", &j->atime));
    CHECK(get_time(ARG(2), "mtime", &j->mtime));
    j->run = run_utimes;
    return job_submit(j, cb);
}

static JSValue op_utimes(int how, int32_t argc, const JSValue *argv) { return utimes_common(how, argc, argv, false); }
static JSValue op_futimes(int how, int32_t argc, const JSValue *argv) { return utimes_common(how, argc, argv, true); }

static JSValue op_lutimes(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    PATH(path, 0, "path");
    CHECK(get_time(ARG(1), "atime", &j->atime));
    CHECK(get_time(ARG(2), "mtime", &j->mtime));
    j->run = run_lutimes;
    return job_submit(j, cb);
}

/* validateInteger(id, name, -1, kMaxUserId) */
static int get_id(JSValue v, const char *name, int64_t *out)
{
    if (!js_is_number(v)) { js_node_throw_invalid_arg_type(name, "of type number", v); return -1; }
    double d = js_to_double(v);
    if (d != trunc(d)) { js_node_throw_out_of_range(name, "an integer", v); return -1; }
    if (d < -1 || d > 4294967295.0) { js_node_throw_out_of_range(name, ">= -1 && <= 4294967295", v); return -1; }
    *out = (int64_t)d;
    return 0;
}

static JSValue chown_common(int how, int32_t argc, const JSValue *argv, int kind)
{
    BEGIN();
    if (kind == 2) CHECK(get_fd(ARG(0), &j->fd));
    else PATH(path, 0, "path");
    j->flags = kind == 1;
    CHECK(get_id(ARG(1), "uid", &j->len));
    CHECK(get_id(ARG(2), "gid", &j->pos));
    j->run = run_chown;
    return job_submit(j, cb);
}

static JSValue op_chown(int how, int32_t argc, const JSValue *argv) { return chown_common(how, argc, argv, 0); }
static JSValue op_lchown(int how, int32_t argc, const JSValue *argv) { return chown_common(how, argc, argv, 1); }
static JSValue op_fchown(int how, int32_t argc, const JSValue *argv) { return chown_common(how, argc, argv, 2); }

static JSValue op_fdatasync(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    CHECK(get_fd(ARG(0), &j->fd));
    j->run = run_fdatasync;
    return job_submit(j, cb);
}

static JSValue op_open(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    PATH(path, 0, "path");
    CHECK(get_flags(ARG(1), O_RDONLY, &j->flags));
    CHECK(get_mode(js_is_nullish(ARG(2)) ? JS_UNDEFINED : ARG(2), 0666, &j->mode));
    j->run = run_open;
    j->finish = finish_int;
    return job_submit(j, cb);
}

static JSValue op_close(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    CHECK(get_fd(ARG(0), &j->fd));
    j->run = run_close;
    return job_submit(j, cb);
}

static JSValue op_fsync(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    CHECK(get_fd(ARG(0), &j->fd));
    j->run = run_fsync;
    return job_submit(j, cb);
}

static int get_position(JSValue v, int64_t *out)
{
    *out = -1;
    if (js_is_nullish(v)) return 0;
    if (js_is_bigint(v)) { *out = (int64_t)js_bigint_to_double(v); return 0; }
    if (!js_is_number(v)) { js_node_throw_invalid_arg_type("position", "of type number", v); return -1; }
    double d = js_to_double(v);
    if (d != trunc(d)) { js_node_throw_out_of_range("position", "an integer", v); return -1; }
    *out = d < 0 ? -1 : (int64_t)d;
    return 0;
}

/* read(fd, buffer, offset, length, position) or read(fd, buffer, { offset, length, position }) */
static JSValue op_read(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    CHECK(get_fd(ARG(0), &j->fd));
    JSValue buf = ARG(1);
    uint8_t *p;
    size_t blen;
    if (!js_buffer_view_bytes(buf, &p, &blen)) {
        job_free(j);
        return js_node_throw_invalid_arg_type("buffer", "an instance of Buffer, TypedArray, or DataView", buf);
    }
    JSValue offv = ARG(2), lenv = ARG(3), posv = ARG(4);
    uint8_t *vp_;
    size_t vn_;
    if (js_is_object(offv) && !js_buffer_view_bytes(offv, &vp_, &vn_)) {
        JSValue o = offv;
        CHECK(opt_get(o, "offset", &offv));
        CHECK(opt_get(o, "length", &lenv));
        CHECK(opt_get(o, "position", &posv));
    }
    double off = 0, len = (double)blen;
    if (offv != JS_UNDEFINED) {
        if (!js_is_number(offv)) { job_free(j); return js_node_throw_invalid_arg_type("offset", "of type number", offv); }
        off = js_to_double(offv);
        if (off != trunc(off) || off < 0 || off > (double)blen) {
            job_free(j);
            return js_node_throw_out_of_range("offset", str_fmt(">= 0 && <= %zu", blen), offv);
        }
    }
    if (lenv != JS_UNDEFINED) {
        if (!js_is_number(lenv)) { job_free(j); return js_node_throw_invalid_arg_type("length", "of type number", lenv); }
        len = js_to_double(lenv);
    } else {
        len = (double)blen - off;
    }
    if (len < 0 || len > (double)blen - off) {
        job_free(j);
        return js_node_throw_out_of_range("length", str_fmt(">= 0 && <= %.0f", (double)blen - off), js_mk_number(len));
    }
    CHECK(get_position(posv, &j->pos));
    j->data = p + (size_t)off;
    j->data_len = (size_t)len;
    if (how != HOW_SYNC) j->keep = js_root_new(buf);
    j->run = run_read;
    j->finish = finish_int;
    return job_submit(j, cb);
}

/* write(fd, buffer[, offset[, length[, position]]]) or write(fd, string[, position[, encoding]]) */
static JSValue op_write(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    CHECK(get_fd(ARG(0), &j->fd));
    JSValue data = ARG(1);
    if (js_is_string(data)) {
        JSEncoding e = JS_ENC_UTF8;
        CHECK(get_position(ARG(2), &j->pos));
        CHECK(js_buffer_arg_encoding(ARG(3), JS_ENC_UTF8, &e));
        CHECK(get_data(j, data, e));
    } else {
        uint8_t *p;
        size_t blen;
        if (!js_buffer_view_bytes(data, &p, &blen)) {
            job_free(j);
            return js_node_throw_invalid_arg_type("buffer", "of type string or an instance of Buffer, TypedArray, or DataView", data);
        }
        double off = 0, len;
        if (js_is_number(ARG(2))) off = js_to_double(ARG(2));
        if (off < 0 || off > (double)blen || off != trunc(off)) {
            job_free(j);
            return js_node_throw_out_of_range("offset", str_fmt(">= 0 && <= %zu", blen), ARG(2));
        }
        len = js_is_number(ARG(3)) ? js_to_double(ARG(3)) : (double)blen - off;
        if (len < 0 || len > (double)blen - off) {
            job_free(j);
            return js_node_throw_out_of_range("length", str_fmt(">= 0 && <= %.0f", (double)blen - off), ARG(3));
        }
        CHECK(get_position(ARG(4), &j->pos));
        j->data = malloc(len > 0 ? (size_t)len : 1);
        if (len > 0) memcpy(j->data, p + (size_t)off, (size_t)len);
        j->data_len = (size_t)len;
        j->own_data = true;
    }
    if (j->result_kind == RES_WRITE || how == HOW_CALLBACK) j->keep = js_root_new(data);   /* (err, written, data) */
    j->run = run_write;
    j->finish = finish_int;
    return job_submit(j, cb);
}

/* ---- Dir (opendir) ------------------------------------------------------------------------------- */

/* A Dir holds its entries, read when it was opened (in name order; node
 * reads them in batches in the order the system returns them), behind a
 * symbol-keyed state array [entries, next index, closed]. */
static JSValue dir_proto, dir_state_sym;

static JSValue dir_state(JSValue this_val)
{
    if (!js_is_object(this_val) || !dir_state_sym) return JS_UNDEFINED;
    JSValue st = js_get_property(this_val, dir_state_sym);
    return st == JS_EXCEPTION || !js_is_array(st) ? JS_UNDEFINED : st;
}

static JSValue throw_dir_closed(void)
{
    return js_node_throw_code(JS_ERROR, "ERR_DIR_CLOSED", "Directory handle was closed");
}

/* The next Dirent or null; JS_EXCEPTION (pending) when closed. */
static JSValue dir_next(JSValue this_val)
{
    JSValue st = dir_state(this_val);
    if (st == JS_UNDEFINED) return js_throw_type_error("not a Dir");
    if (js_get_index(st, 2) == JS_TRUE) return throw_dir_closed();
    JSValue ents = js_get_index(st, 0);
    int32_t i = js_get_int32(js_get_index(st, 1));
    int64_t n;
    if (js_get_length(ents, &n) < 0) return JS_EXCEPTION;
    if (i >= n) return JS_NULL;
    js_set_index(st, 1, js_mk_int32(i + 1), false);
    return js_get_index(ents, (uint32_t)i);
}

static JSValue dir_close(JSValue this_val)
{
    JSValue st = dir_state(this_val);
    if (st == JS_UNDEFINED) return js_throw_type_error("not a Dir");
    if (js_get_index(st, 2) == JS_TRUE) return throw_dir_closed();
    js_set_index(st, 2, JS_TRUE, false);
    return JS_UNDEFINED;
}

/* Settles as a promise, or calls back cb(err, value) on the next tick. */
static JSValue settle(JSValue cb, JSValue v, bool result)
{
    JSValue err = v == JS_EXCEPTION ? rt_take_exception() : JS_NULL;
    if (js_is_callable(cb)) {
        JSValue args[2] = { err, v == JS_EXCEPTION ? JS_UNDEFINED : v };
        js_enqueue_next_tick(cb, err != JS_NULL ? 1 : result ? 2 : 1, args);
        return JS_UNDEFINED;
    }
    JSValue p = js_promise_new();
    if (err != JS_NULL) js_promise_reject_value(p, err);
    else js_promise_resolve_value(p, v);
    return p;
}

static JS_NATIVE(js_dir_read_sync) { (void)callee; (void)argc; (void)argv; (void)new_target; return dir_next(this_val); }
static JS_NATIVE(js_dir_close_sync) { (void)callee; (void)argc; (void)argv; (void)new_target; return dir_close(this_val); }
static JS_NATIVE(js_dir_read) { (void)callee; (void)new_target; return settle(js_arg(argc, argv, 0), dir_next(this_val), true); }
static JS_NATIVE(js_dir_close_fn) { (void)callee; (void)new_target; return settle(js_arg(argc, argv, 0), dir_close(this_val), false); }

/* The async iterator: next() and return() on the Dir itself (data[0]). */
static JSValue dir_iter_next(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv, JSValue new_target)
{
    (void)this_val; (void)argc; (void)argv; (void)new_target;
    JSValue dir = callee->env->vars[0];
    JSValue st = dir_state(dir);
    if (st != JS_UNDEFINED && js_get_index(st, 2) == JS_TRUE)
        return settle(JS_UNDEFINED, js_create_iter_result(JS_UNDEFINED, true), true);
    JSValue v = dir_next(dir);
    if (v == JS_NULL) {
        dir_close(dir);
        return settle(JS_UNDEFINED, js_create_iter_result(JS_UNDEFINED, true), true);
    }
    return settle(JS_UNDEFINED, v == JS_EXCEPTION ? v : js_create_iter_result(v, false), true);
}

static JSValue dir_iter_return(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv, JSValue new_target)
{
    (void)this_val; (void)argc; (void)argv; (void)new_target;
    JSValue dir = callee->env->vars[0];
    JSValue st = dir_state(dir);
    if (st != JS_UNDEFINED && js_get_index(st, 2) != JS_TRUE) dir_close(dir);
    return settle(JS_UNDEFINED, js_create_iter_result(js_arg(argc, argv, 0), true), true);
}

static JS_NATIVE(js_dir_async_iterator)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    JSValue it = js_new_object_proto(js_realm.async_iterator_proto);
    js_define_property_value_str(it, "next", js_new_native_function_data("next", dir_iter_next, 0, 1, &this_val), JS_PROP_C_W);
    js_define_property_value_str(it, "return", js_new_native_function_data("return", dir_iter_return, 1, 1, &this_val), JS_PROP_C_W);
    return it;
}

static const JSPropDef dir_proto_props[] = {
    JS_CFUNC_DEF("read", 1, js_dir_read),
    JS_CFUNC_DEF("readSync", 0, js_dir_read_sync),
    JS_CFUNC_DEF("close", 1, js_dir_close_fn),
    JS_CFUNC_DEF("closeSync", 0, js_dir_close_sync),
    JS_CFUNC_DEF("[Symbol.asyncIterator]", 0, js_dir_async_iterator),
};

static JSValue finish_opendir(FsJob *j)
{
    if (!dir_proto) {
        dir_proto = js_new_object();
        JSValue ctor = js_new_native_constructor("Dir", js_fs_class_ctor, 3, dir_proto);
        (void)ctor;
        js_install_props(dir_proto, dir_proto_props, JS_COUNTOF(dir_proto_props));
        dir_state_sym = js_new_symbol(js_new_string_cstr("kDirState"));
    }
    j->with_types = true;
    JSValue ents = finish_readdir(j);
    if (ents == JS_EXCEPTION) return ents;
    JSValue d = js_new_object_proto(dir_proto);
    JSValue st[3] = { ents, js_mk_int32(0), JS_FALSE };
    js_define_property_value(d, dir_state_sym, js_new_array_from(3, st), JS_PROP_WRITABLE);
    js_define_property_value_str(d, "path", js_new_string_cstr(j->path), JS_PROP_C_W_E);
    return d;
}

static JSValue op_opendir(int how, int32_t argc, const JSValue *argv)
{
    BEGIN();
    PATH(path, 0, "path");
    JSValue opts;
    CHECK(get_options(ARG(1), &opts, j, false));
    j->run = run_opendir;
    j->finish = finish_opendir;
    return job_submit(j, cb);
}

/* ---- FileHandle (fs.promises.open) ------------------------------------------------------------- */

static JSValue wrap_result(int kind, JSValue res, JSValue buf)
{
    if (kind == RES_HANDLE) {
        JSValue h = js_new_object_proto(filehandle_proto);
        js_define_property_value_str(h, "fd", res, JS_PROP_C_W_E);
        return h;
    }
    JSValue o = js_new_object_proto(JS_NULL);
    js_define_property_value_str(o, kind == RES_READ ? "bytesRead" : "bytesWritten", res, JS_PROP_C_W_E);
    js_define_property_value_str(o, "buffer", buf, JS_PROP_C_W_E);
    return o;
}

static JSValue op_read(int how, int32_t argc, const JSValue *argv);
static JSValue op_write(int how, int32_t argc, const JSValue *argv);
static JSValue op_read_file(int how, int32_t argc, const JSValue *argv);
static JSValue op_write_file(int how, int32_t argc, const JSValue *argv);
static JSValue op_append_file(int how, int32_t argc, const JSValue *argv);
static JSValue op_fstat(int how, int32_t argc, const JSValue *argv);
static JSValue op_ftruncate(int how, int32_t argc, const JSValue *argv);
static JSValue op_close(int how, int32_t argc, const JSValue *argv);
static JSValue op_fsync(int how, int32_t argc, const JSValue *argv);
static JSValue op_fchmod(int how, int32_t argc, const JSValue *argv);

static const struct {
    const char *name;
    JSValue (*op)(int, int32_t, const JSValue *);
    int kind, length;
    const char *syscall;   /* of the EBADF a closed handle reports */
} fh_methods[] = {
    { "read", op_read, RES_READ, 4, "read" },          { "write", op_write, RES_WRITE, 4, "write" },
    { "readFile", op_read_file, RES_PLAIN, 1, "read" }, { "writeFile", op_write_file, RES_PLAIN, 2, "write" },
    { "appendFile", op_append_file, RES_PLAIN, 2, "write" }, { "stat", op_fstat, RES_PLAIN, 1, "fstat" },
    { "truncate", op_ftruncate, RES_PLAIN, 1, "ftruncate" }, { "close", op_close, RES_PLAIN, 0, "close" },
    { "sync", op_fsync, RES_PLAIN, 0, "fsync" },       { "chmod", op_fchmod, RES_PLAIN, 1, "fchmod" },
};

/* handle.m(...args) = op(fd, ...args) in the promise form; data[0] = method index. */
static JSValue fh_dispatch(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                           JSValue new_target)
{
    (void)new_target;
    int m = js_get_int32(callee->env->vars[0]);
    JSValue fd = js_is_object(this_val) ? js_get_property_str(this_val, "fd") : JS_UNDEFINED;
    if (fd == JS_EXCEPTION) return fd;
    if (!js_is_number(fd) || js_to_double(fd) < 0) {
        JSValue p = js_promise_new();
        js_promise_reject_value(p, js_fs_uv_error(UV_EBADF, fh_methods[m].syscall, NULL, NULL, true));
        return p;
    }
    JSValue *args = rt_alloc_cell(sizeof(JSValue) * (size_t)(argc + 1));
    args[0] = fd;
    for (int32_t i = 0; i < argc; i++) args[i + 1] = argv[i];
    next_result_kind = fh_methods[m].kind;
    JSValue r = fh_methods[m].op(HOW_PROMISE, argc + 1, args);
    next_result_kind = RES_PLAIN;
    if (r != JS_EXCEPTION && fh_methods[m].op == op_close)
        js_define_property_value_str(this_val, "fd", js_mk_int32(-1), JS_PROP_C_W_E);
    if (r == JS_EXCEPTION) {
        /* argument errors reject, as an async function's would */
        JSValue p = js_promise_new();
        js_promise_reject_value(p, rt_take_exception());
        return p;
    }
    return r;
}

static JS_NATIVE(js_fsp_open)
{
    (void)callee; (void)this_val; (void)new_target;
    if (!filehandle_proto) {
        filehandle_proto = js_new_object();
        JSValue ctor = js_new_native_constructor("FileHandle", js_fs_class_ctor, 0, filehandle_proto);
        (void)ctor;
        for (size_t i = 0; i < JS_COUNTOF(fh_methods); i++) {
            JSValue d = js_mk_int32((int32_t)i);
            js_define_property_value_str(filehandle_proto, fh_methods[i].name,
                                         js_new_native_function_data(fh_methods[i].name, fh_dispatch,
                                                                     fh_methods[i].length, 1, &d),
                                         JS_PROP_C_W);
        }
    }
    next_result_kind = RES_HANDLE;
    JSValue r = op_open(HOW_PROMISE, argc, argv);
    next_result_kind = RES_PLAIN;
    return r;
}

/* ---- the module objects ----------------------------------------------------------------------- */

typedef JSValue (*FsOp)(int how, int32_t argc, const JSValue *argv);

typedef struct FsEntry {
    const char *name;
    FsOp op;
    int length;
    bool promise;   /* in fs.promises too */
} FsEntry;

static const FsEntry fs_entries[] = {
    { "readFile", op_read_file, 2, true },   { "writeFile", op_write_file, 3, true },
    { "appendFile", op_append_file, 3, true }, { "exists", op_exists, 1, false },
    { "access", op_access, 2, true },        { "stat", op_stat, 2, true },
    { "lstat", op_lstat, 2, true },          { "fstat", op_fstat, 2, false },
    { "readdir", op_readdir, 2, true },      { "mkdir", op_mkdir, 2, true },
    { "rm", op_rm, 2, true },                { "rmdir", op_rmdir, 2, true },
    { "unlink", op_unlink, 1, true },        { "rename", op_rename, 2, true },
    { "copyFile", op_copy_file, 3, true },   { "symlink", op_symlink, 3, true },
    { "link", op_link, 2, true },            { "readlink", op_readlink, 2, true },
    { "realpath", op_realpath, 2, true },    { "mkdtemp", op_mkdtemp, 2, true },
    { "chmod", op_chmod, 2, true },          { "fchmod", op_fchmod, 2, false },
    { "truncate", op_truncate, 2, true },    { "ftruncate", op_ftruncate, 2, false },
    { "utimes", op_utimes, 3, true },        { "futimes", op_futimes, 3, false },
    { "open", op_open, 3, false },           { "close", op_close, 1, false },
    { "fsync", op_fsync, 1, false },         { "read", op_read, 5, false },
    { "write", op_write, 5, false },
    { "chown", op_chown, 3, true },          { "lchown", op_lchown, 3, true },
    { "fchown", op_fchown, 3, false },       { "fdatasync", op_fdatasync, 1, false },
    { "lutimes", op_lutimes, 3, true },      { "opendir", op_opendir, 2, true },
};

/* Native functions carry (entry index, form) in their data slots. */
static JSValue fs_dispatch(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                           JSValue new_target)
{
    (void)this_val; (void)new_target;
    JSValue *data = callee->env->vars;
    int idx = js_get_int32(data[0]), how = js_get_int32(data[1]);
    cur_length = fs_entries[idx].length;
    JSValue r = fs_entries[idx].op(how, argc, argv);
    if (r == JS_EXCEPTION && how == HOW_PROMISE) {
        /* argument errors reject, as node's async functions do */
        JSValue p = js_promise_new();
        js_promise_reject_value(p, rt_take_exception());
        return p;
    }
    return r;
}

static JSValue make_fn(const char *name, int idx, int how, int length)
{
    JSValue data[2] = { js_mk_int32(idx), js_mk_int32(how) };
    return js_new_native_function_data(name, fs_dispatch, length, 2, data);
}

static JS_NATIVE(js_realpath_native_sync)
{
    (void)callee; (void)this_val; (void)new_target;
    return op_realpath_native(HOW_SYNC, argc, argv);
}

static JS_NATIVE(js_realpath_native_cb)
{
    (void)callee; (void)this_val; (void)new_target;
    return op_realpath_native(HOW_CALLBACK, argc, argv);
}

static JSValue make_constants(void)
{
    static const struct { const char *name; int value; } tab[] = {
        { "UV_FS_SYMLINK_DIR", UV_FS_SYMLINK_DIR }, { "UV_FS_SYMLINK_JUNCTION", UV_FS_SYMLINK_JUNCTION },
        { "O_RDONLY", O_RDONLY }, { "O_WRONLY", O_WRONLY }, { "O_RDWR", O_RDWR },
        { "UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN }, { "UV_DIRENT_FILE", UV_DIRENT_FILE },
        { "UV_DIRENT_DIR", UV_DIRENT_DIR }, { "UV_DIRENT_LINK", UV_DIRENT_LINK },
        { "UV_DIRENT_FIFO", UV_DIRENT_FIFO }, { "UV_DIRENT_SOCKET", UV_DIRENT_SOCKET },
        { "UV_DIRENT_CHAR", UV_DIRENT_CHAR }, { "UV_DIRENT_BLOCK", UV_DIRENT_BLOCK },
        { "EXTENSIONLESS_FORMAT_JAVASCRIPT", 0 }, { "EXTENSIONLESS_FORMAT_WASM", 1 },
        { "S_IFMT", S_IFMT }, { "S_IFREG", S_IFREG }, { "S_IFDIR", S_IFDIR }, { "S_IFCHR", S_IFCHR },
        { "S_IFBLK", S_IFBLK }, { "S_IFIFO", S_IFIFO }, { "S_IFLNK", S_IFLNK }, { "S_IFSOCK", S_IFSOCK },
        { "O_CREAT", O_CREAT }, { "O_EXCL", O_EXCL }, { "UV_FS_O_FILEMAP", 0 }, { "O_NOCTTY", O_NOCTTY },
        { "O_TRUNC", O_TRUNC }, { "O_APPEND", O_APPEND }, { "O_DIRECTORY", O_DIRECTORY },
        { "O_NOATIME", O_NOATIME }, { "O_NOFOLLOW", O_NOFOLLOW }, { "O_SYNC", O_SYNC },
        { "O_DSYNC", O_DSYNC }, { "O_DIRECT", O_DIRECT }, { "O_NONBLOCK", O_NONBLOCK },
        { "S_IRWXU", S_IRWXU }, { "S_IRUSR", S_IRUSR }, { "S_IWUSR", S_IWUSR }, { "S_IXUSR", S_IXUSR },
        { "S_IRWXG", S_IRWXG }, { "S_IRGRP", S_IRGRP }, { "S_IWGRP", S_IWGRP }, { "S_IXGRP", S_IXGRP },
        { "S_IRWXO", S_IRWXO }, { "S_IROTH", S_IROTH }, { "S_IWOTH", S_IWOTH }, { "S_IXOTH", S_IXOTH },
        { "F_OK", F_OK }, { "R_OK", R_OK }, { "W_OK", W_OK }, { "X_OK", X_OK },
        { "UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL }, { "COPYFILE_EXCL", UV_FS_COPYFILE_EXCL },
        { "UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE }, { "COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE },
        { "UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE },
        { "COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE },
    };
    JSValue c = js_new_object();
    for (size_t i = 0; i < JS_COUNTOF(tab); i++)
        js_define_property_value_str(c, tab[i].name, js_mk_int32(tab[i].value), JS_PROP_C_W_E);
    return c;
}

JSValue js_fs_promises_module(void)
{
    if (fs_promises_module) return fs_promises_module;
    JSValue p = js_new_object();
    for (size_t i = 0; i < JS_COUNTOF(fs_entries); i++)
        if (fs_entries[i].promise)
            js_define_property_value_str(p, fs_entries[i].name,
                                         make_fn(fs_entries[i].name, (int)i, HOW_PROMISE, fs_entries[i].length),
                                         JS_PROP_C_W_E);
    js_define_property_value_str(p, "open", js_new_native_function("open", js_fsp_open, 3), JS_PROP_C_W_E);
    fs_promises_module = p;
    return p;
}

/* ---- ReadStream and WriteStream ---------------------------------------------------------- */

/* fs.createReadStream and its kin live in stdlib/internal/fs/streams.js,
 * which needs node:stream. The driver bundles that file only into programs
 * whose text names one of them (driver/modules.c, note_fs_streams), so a
 * program that uses fs alone does not carry stream; these natives load it
 * on first use. */
static JSValue fs_streams_exports;

static JSValue fs_streams(void)
{
    if (fs_streams_exports) return fs_streams_exports;
    int32_t i = js_bundle_nmods > 0 ? js_bundle_find_stdlib("node:internal/fs/streams") : -1;
    if (i < 0)
        return js_throw_error(JS_ERROR, "fs streams are not bundled: name fs.createReadStream, createWriteStream, "
                              "ReadStream or WriteStream literally in the program");
    JSValue exports = js_cjs_load(i, -1);
    if (exports == JS_EXCEPTION) return JS_EXCEPTION;
    fs_streams_exports = exports;
    return exports;
}

static JSValue fs_streams_call(const char *name, int32_t argc, const JSValue *argv)
{
    JSValue m = fs_streams();
    if (m == JS_EXCEPTION) return JS_EXCEPTION;
    JSValue f = js_get_property_str(m, name);
    if (f == JS_EXCEPTION) return JS_EXCEPTION;
    return js_call(f, JS_UNDEFINED, argc, argv);
}

static JSValue js_fs_create_read_stream(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                                        JSValue new_target)
{
    return fs_streams_call("createReadStream", argc, argv);
}

static JSValue js_fs_create_write_stream(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                                         JSValue new_target)
{
    return fs_streams_call("createWriteStream", argc, argv);
}

/* fs.ReadStream and fs.WriteStream read undefined in a program that did not
 * bundle them (an ES module namespace of fs reads every property). */
static JSValue fs_streams_get(const char *name)
{
    if (!fs_streams_exports && (js_bundle_nmods == 0 || js_bundle_find_stdlib("node:internal/fs/streams") < 0))
        return JS_UNDEFINED;
    JSValue m = fs_streams();
    if (m == JS_EXCEPTION) return JS_EXCEPTION;
    return js_get_property_str(m, name);
}

static JSValue js_fs_get_read_stream(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                                     JSValue new_target)
{
    return fs_streams_get("ReadStream");
}

static JSValue js_fs_get_write_stream(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                                      JSValue new_target)
{
    return fs_streams_get("WriteStream");
}

static void define_stream_api(JSValue m)
{
    js_define_property_value_str(m, "createReadStream",
                                 js_new_native_function("createReadStream", js_fs_create_read_stream, 2), JS_PROP_C_W_E);
    js_define_property_value_str(m, "createWriteStream",
                                 js_new_native_function("createWriteStream", js_fs_create_write_stream, 2), JS_PROP_C_W_E);
    js_define_property_getset(m, js_atom_from_cstr("ReadStream"),
                              js_new_native_function("get ReadStream", js_fs_get_read_stream, 0), JS_UNDEFINED,
                              JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
    js_define_property_getset(m, js_atom_from_cstr("WriteStream"),
                              js_new_native_function("get WriteStream", js_fs_get_write_stream, 0), JS_UNDEFINED,
                              JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
}

JSValue js_fs_module(void)
{
    if (fs_module) return fs_module;
    fs_classes_init();
    JSValue m = js_new_object();
    for (size_t i = 0; i < JS_COUNTOF(fs_entries); i++) {
        const FsEntry *e = &fs_entries[i];
        JSValue cbf = make_fn(e->name, (int)i, HOW_CALLBACK, e->length + 1);
        char *sync_name = str_fmt("%sSync", e->name);
        JSValue sf = make_fn(sync_name, (int)i, HOW_SYNC, e->length);
        if (e->op == op_realpath) {
            js_define_property_value_str(sf, "native", js_new_native_function("realpathSync", js_realpath_native_sync, 2), JS_PROP_C_W_E);
            js_define_property_value_str(cbf, "native", js_new_native_function("realpath", js_realpath_native_cb, 3), JS_PROP_C_W_E);
        }
        js_define_property_value_str(m, e->name, cbf, JS_PROP_C_W_E);
        js_define_property_value_str(m, sync_name, sf, JS_PROP_C_W_E);
    }
    js_define_property_value_str(m, "Stats", stats_ctor, JS_PROP_C_W_E);
    js_define_property_value_str(m, "Dirent", dirent_ctor, JS_PROP_C_W_E);
    JSValue c = make_constants();
    js_define_property_value_str(m, "constants", c, JS_PROP_C_W_E);
    static const char *const access_names[] = { "F_OK", "R_OK", "W_OK", "X_OK" };
    for (size_t i = 0; i < 4; i++)
        js_define_property_value_str(m, access_names[i], js_get_property_str(c, access_names[i]), JS_PROP_C_W_E);
    JSValue pm = js_fs_promises_module();
    js_define_property_value_str(pm, "constants", c, JS_PROP_C_W_E);
    js_define_property_value_str(m, "promises", pm, JS_PROP_C_W_E);
    define_stream_api(m);
    fs_module = m;
    return m;
}
