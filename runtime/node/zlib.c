/*
 * zlib.c — the C half of node's zlib module over zlib: the object
 * stdlib/node/zlib.js requires as 'kiln:zlib'.
 *
 * Like crypto.c this is its own library, libkiln_zlib.a, linked (with -lz)
 * only when the program's module graph holds node:zlib; natives.c reaches
 * it through the weak symbol kiln_native_zlib.
 *
 *   process(mode, input, opts)      one whole buffer through deflate or
 *                                   inflate (the *Sync functions): a Buffer,
 *                                   or a thrown node zlib error
 *   processAsync(mode, input, opts, cb)
 *                                   the same on libuv's threadpool, then
 *                                   cb(err, buffer) from the loop
 *   crc32(data, value)
 *
 * opts is [level, windowBits, memLevel, strategy, dictionary, finishFlush,
 * maxOutputLength]. Modes are node's: DEFLATE 1, INFLATE 2, GZIP 3,
 * GUNZIP 4, DEFLATERAW 5, INFLATERAW 6, UNZIP 7.
 *
 * A job works only on malloc'ed copies of the input and the output, so the
 * pool thread never touches the collector's heap; the callback is held by
 * a root while the job is in flight (DESIGN.md, "Memory").
 *
 * Errors are node's: message from zlib (strm.msg) or node's text for the
 * code ("unexpected end of file" for Z_BUF_ERROR), with errno (the zlib
 * code) and code ("Z_DATA_ERROR").
 */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "node/buffer.h"
#include "node/node.h"

/* not a zlib code: the output passed maxOutputLength */
#define ERR_TOO_LARGE 1000

enum { M_DEFLATE = 1, M_INFLATE, M_GZIP, M_GUNZIP, M_DEFLATERAW, M_INFLATERAW, M_UNZIP };

typedef struct ZJob {
    uv_work_t work;
    int mode;
    int level, window_bits, mem_level, strategy, finish_flush;
    double max_output;
    uint8_t *dict;
    size_t dict_len;
    uint8_t *in;
    size_t in_len;
    uint8_t *out;
    size_t out_len;
    int err;                  /* zlib code, 0 = ok */
    char msg[128];
    JSValue *cb;
} ZJob;

#define NATIVE(name) static JSValue name(JSFunction *callee, JSValue this_val, int32_t argc, \
                                         const JSValue *argv, JSValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)new_target

static void set_error(ZJob *j, int code, const char *zmsg)
{
    j->err = code;
    const char *m = zmsg;
    if (!m) {
        switch (code) {
        case Z_BUF_ERROR: m = "unexpected end of file"; break;
        case Z_NEED_DICT: m = j->dict ? "Bad dictionary" : "Missing dictionary"; break;
        case Z_MEM_ERROR: m = "Out of memory"; break;
        case Z_STREAM_ERROR: m = "Stream error"; break;
        case Z_DATA_ERROR: m = "Data error"; break;
        default: m = "Zlib error"; break;
        }
    }
    snprintf(j->msg, sizeof j->msg, "%s", m);
}

static bool grow(ZJob *j, z_stream *s, size_t *cap)
{
    size_t used = *cap - s->avail_out;
    size_t ncap = *cap ? *cap * 2 : 16384;
    uint8_t *p = realloc(j->out, ncap);
    if (!p) return false;
    j->out = p;
    *cap = ncap;
    s->next_out = p + used;
    s->avail_out = (uInt)(ncap - used);
    return true;
}

/* Runs the whole job; never touches a JavaScript value. */
static void run(ZJob *j)
{
    z_stream s;
    memset(&s, 0, sizeof s);
    bool inflating = j->mode == M_INFLATE || j->mode == M_GUNZIP || j->mode == M_INFLATERAW || j->mode == M_UNZIP;
    int wb = j->window_bits;
    switch (j->mode) {
    case M_GZIP: case M_GUNZIP: wb += 16; break;
    case M_UNZIP: wb += 32; break;
    case M_DEFLATERAW: case M_INFLATERAW: wb = -wb; break;
    default: break;
    }
    int rc = inflating ? inflateInit2(&s, wb)
                       : deflateInit2(&s, j->level, Z_DEFLATED, wb, j->mem_level, j->strategy);
    if (rc != Z_OK) {
        set_error(j, rc, s.msg ? s.msg : "Init error");
        return;
    }
    if (j->dict && !inflating) deflateSetDictionary(&s, j->dict, (uInt)j->dict_len);
    if (j->dict && j->mode == M_INFLATERAW) inflateSetDictionary(&s, j->dict, (uInt)j->dict_len);
    size_t cap = 0;
    s.next_in = j->in;
    s.avail_in = (uInt)j->in_len;
    int flush = j->finish_flush;
    for (;;) {
        if (s.avail_out == 0 && !grow(j, &s, &cap)) {
            set_error(j, Z_MEM_ERROR, NULL);
            break;
        }
        rc = inflating ? inflate(&s, flush) : deflate(&s, flush);
        if (inflating && rc == Z_NEED_DICT && j->dict) {
            rc = inflateSetDictionary(&s, j->dict, (uInt)j->dict_len);
            if (rc == Z_OK) continue;
            if (rc == Z_DATA_ERROR) rc = Z_NEED_DICT;
        }
        if (rc == Z_STREAM_END) {
            /* gunzip: another member may follow (node reads on unless
             * what follows is zero padding, and so reports trailing junk) */
            if ((j->mode == M_GUNZIP || j->mode == M_UNZIP) && s.avail_in > 0 && s.next_in[0] != 0) {
                inflateReset(&s);
                continue;
            }
            break;
        }
        if (rc == Z_BUF_ERROR && s.avail_out != 0) {
            /* no progress possible: input ended before the stream did */
            if (flush != Z_FINISH && s.avail_in == 0) break;
            set_error(j, Z_BUF_ERROR, NULL);
            break;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            set_error(j, rc, rc == Z_NEED_DICT ? NULL : s.msg);
            break;
        }
        if (s.avail_out != 0 && s.avail_in == 0 && flush != Z_FINISH) break;
        if (j->max_output > 0 && (double)(cap - s.avail_out) > j->max_output) break;
    }
    j->out_len = cap - s.avail_out;
    if (!j->err && j->max_output > 0 && (double)j->out_len > j->max_output) {
        snprintf(j->msg, sizeof j->msg, "Cannot create a Buffer larger than %.0f bytes", j->max_output);
        j->err = ERR_TOO_LARGE;
    }
    if (inflating) inflateEnd(&s);
    else deflateEnd(&s);
}

static const char *code_name(int err)
{
    switch (err) {
    case Z_NEED_DICT: return "Z_NEED_DICT";
    case Z_STREAM_END: return "Z_STREAM_END";
    case Z_ERRNO: return "Z_ERRNO";
    case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
    case Z_DATA_ERROR: return "Z_DATA_ERROR";
    case Z_MEM_ERROR: return "Z_MEM_ERROR";
    case Z_BUF_ERROR: return "Z_BUF_ERROR";
    case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
    default: return "Z_UNKNOWN";
    }
}

static JSValue job_error(ZJob *j)
{
    if (j->err == ERR_TOO_LARGE) {
        JSValue e = js_new_error(JS_RANGE_ERROR, js_new_string_cstr(j->msg));
        js_define_property_value_str(e, "code", js_new_string_cstr("ERR_BUFFER_TOO_LARGE"), JS_PROP_C_W_E);
        return e;
    }
    JSValue e = js_new_error(JS_ERROR, js_new_string_cstr(j->msg));
    js_define_property_value_str(e, "errno", js_mk_int32(j->err), JS_PROP_C_W_E);
    js_define_property_value_str(e, "code", js_new_string_cstr(code_name(j->err)), JS_PROP_C_W_E);
    return e;
}

static JSValue job_result(ZJob *j)
{
    return js_buffer_from_bytes(j->out ? j->out : (uint8_t *)"", j->out_len);
}

static void job_free(ZJob *j)
{
    free(j->in);
    free(j->out);
    free(j->dict);
    if (j->cb) js_root_free(j->cb);
    free(j);
}

static int num_at(JSValue arr, uint32_t i, double dflt, double *out)
{
    JSValue v = js_get_index(arr, i);
    if (v == JS_EXCEPTION) return -1;
    if (v == JS_UNDEFINED || v == JS_NULL) {
        *out = dflt;
        return 0;
    }
    return js_to_number(v, out);
}

/* A job from (mode, input, opts); NULL with an exception pending. */
static ZJob *job_new(int32_t argc, const JSValue *argv)
{
    ZJob *j = calloc(1, sizeof *j);
    int32_t mode;
    if (js_to_int32(js_arg(argc, argv, 0), &mode) < 0) goto fail;
    j->mode = mode;
    uint8_t *p;
    size_t n;
    if (!js_buffer_view_bytes(js_arg(argc, argv, 1), &p, &n)) {
        js_throw_type_error("zlib: input is not a view");
        goto fail;
    }
    j->in = malloc(n ? n : 1);
    memcpy(j->in, p, n);
    j->in_len = n;
    JSValue o = js_arg(argc, argv, 2);
    double level, wb, ml, st, ff, mo;
    if (num_at(o, 0, Z_DEFAULT_COMPRESSION, &level) < 0 || num_at(o, 1, 15, &wb) < 0 ||
        num_at(o, 2, 8, &ml) < 0 || num_at(o, 3, Z_DEFAULT_STRATEGY, &st) < 0 ||
        num_at(o, 5, Z_FINISH, &ff) < 0 || num_at(o, 6, 0, &mo) < 0)
        goto fail;
    j->level = (int)level;
    j->window_bits = (int)wb;
    j->mem_level = (int)ml;
    j->strategy = (int)st;
    j->finish_flush = (int)ff;
    j->max_output = mo;
    JSValue dict = js_get_index(o, 4);
    if (dict == JS_EXCEPTION) goto fail;
    if (js_buffer_view_bytes(dict, &p, &n)) {
        j->dict = malloc(n ? n : 1);
        memcpy(j->dict, p, n);
        j->dict_len = n;
    }
    return j;
fail:
    job_free(j);
    return NULL;
}

NATIVE(z_process)
{
    UNUSED_ARGS;
    ZJob *j = job_new(argc, argv);
    if (!j) return JS_EXCEPTION;
    run(j);
    JSValue r = j->err ? js_throw(job_error(j)) : job_result(j);
    job_free(j);
    return r;
}

static void work_cb(uv_work_t *w)
{
    run(w->data);
}

static void after_work_cb(uv_work_t *w, int status)
{
    (void)status;
    ZJob *j = w->data;
    JSValue args[2] = {JS_NULL, JS_UNDEFINED};
    if (j->err) args[0] = job_error(j);
    else args[1] = job_result(j);
    JSValue cb = *j->cb;
    int nargs = j->err ? 1 : 2;
    job_free(j);
    js_node_after_callback(js_call(cb, JS_UNDEFINED, nargs, args));
}

NATIVE(z_process_async)
{
    UNUSED_ARGS;
    ZJob *j = job_new(argc, argv);
    if (!j) return JS_EXCEPTION;
    j->cb = js_root_new(js_arg(argc, argv, 3));
    j->work.data = j;
    uv_queue_work(js_node_loop(), &j->work, work_cb, after_work_cb);
    return JS_UNDEFINED;
}

NATIVE(z_crc32)
{
    UNUSED_ARGS;
    uint8_t *p = NULL;
    size_t n = 0;
    js_buffer_view_bytes(js_arg(argc, argv, 0), &p, &n);
    double init = 0;
    if (js_to_number(js_arg(argc, argv, 1), &init) < 0) return JS_EXCEPTION;
    uLong c = crc32((uLong)(uint32_t)init, p ? p : (const Bytef *)"", (uInt)n);
    return js_mk_number((double)(uint32_t)c);
}

static const JSPropDef zlib_props[] = {
    JS_CFUNC_DEF("process", 3, z_process),
    JS_CFUNC_DEF("processAsync", 4, z_process_async),
    JS_CFUNC_DEF("crc32", 2, z_crc32),
};

/* The 'kiln:zlib' object (natives.c calls this through a weak symbol). */
JSValue kiln_native_zlib(void);
JSValue kiln_native_zlib(void)
{
    JSValue o = js_new_object();
    js_install_props(o, zlib_props, JS_COUNTOF(zlib_props));
    js_define_property_value_str(o, "version", js_new_string_cstr(zlibVersion()), JS_PROP_C_W_E);
    js_define_property_value_str(o, "vernum", js_mk_int32(ZLIB_VERNUM), JS_PROP_C_W_E);
    return o;
}
