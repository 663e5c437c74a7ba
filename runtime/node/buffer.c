/*
 * buffer.c — node's Buffer class and require('buffer').
 *
 * Buffer is a real subclass of Uint8Array: an instance is a typed array cell
 * of type Uint8 with Buffer.prototype as its prototype, so every
 * %TypedArray% method, the element fast paths and `instanceof Uint8Array`
 * work unchanged, and Buffer[Symbol.species] (inherited: `this`) makes map,
 * filter and friends construct Buffers through the Buffer constructor, which
 * accepts (size), (string, encoding) and (arrayBuffer, offset, length).
 *
 * Nothing is created until a program first reads the global `Buffer` (an
 * accessor that builds the class and replaces itself with a data property)
 * or requires 'buffer'. Argument checks and their messages follow node 20's
 * lib/buffer.js and lib/internal/buffer.js (validateNumber, boundsError,
 * checkInt), because programs print them.
 */
#include <math.h>
#include <string.h>
#include "builtins/builtins.h"
#include "builtins/js_typed.h"
#include "kiln/bigint.h"
#include "node/buffer.h"
#include "node/node.h"
#include "node/node_errors.h"
#include "node/strbuf.h"

#define BUFFER_MAX_LENGTH 4294967296.0   /* buffer.constants.MAX_LENGTH (node 20, 64-bit) */
#define INSPECT_MAX_BYTES 50

static JSValue buffer_ctor, buffer_proto, buffer_module;

static void buffer_init(void);

/* ---- creating buffers ---------------------------------------------------- */

static JSValue new_view(JSValue proto, JSArrayBuffer *ab, size_t off, size_t len)
{
    JSValue obj = js_new_object_kind(JS_CELL_TYPED_ARRAY, proto, sizeof(JSTypedArray));
    if (obj == JS_EXCEPTION) return obj;
    JSTypedArray *t = js_cell_ptr(obj);
    t->o.h.extra = JS_TA_UINT8;
    t->buffer = ab;
    t->byte_offset = off;
    t->length = len;
    return obj;
}

static JSValue alloc_proto(JSValue proto, size_t n)
{
    if ((double)n > BUFFER_MAX_LENGTH)
        return js_throw_range_error("Array buffer allocation failed");
    JSValue ab = js_ab_allocate(JS_UNDEFINED, n, 0, false);
    if (ab == JS_EXCEPTION) return ab;
    return new_view(proto, js_cell_ptr(ab), 0, n);
}

JSValue js_buffer_alloc(size_t n)
{
    buffer_init();
    return alloc_proto(buffer_proto, n);
}

JSValue js_buffer_from_bytes(const void *p, size_t n)
{
    JSValue b = js_buffer_alloc(n);
    if (b == JS_EXCEPTION) return b;
    if (n) memcpy(js_ta_of(b)->buffer->data, p, n);
    return b;
}

bool js_is_uint8array(JSValue v)
{
    JSTypedArray *t = js_ta_of(v);
    return t && js_ta_type(t) == JS_TA_UINT8;
}

bool js_buffer_view_bytes(JSValue v, uint8_t **p, size_t *n)
{
    JSTypedArray *t = js_ta_of(v);
    if (t) {
        *n = js_ta_length(t) * js_ta_type_size(js_ta_type(t));
        *p = *n ? t->buffer->data + t->byte_offset : (uint8_t *)"";
        return true;
    }
    if (js_is_cell(v) && js_cell_kind(v) == JS_CELL_DATA_VIEW) {
        JSDataView *d = js_cell_ptr(v);
        size_t len = d->byte_length;
        if (js_ab_detached(d->buffer) || d->byte_offset > d->buffer->byte_length) len = 0;
        else if ((d->o.h.flags & JS_VIEW_LENGTH_TRACKING) || d->byte_offset + len > d->buffer->byte_length)
            len = d->buffer->byte_length - d->byte_offset;
        *n = len;
        *p = len ? d->buffer->data + d->byte_offset : (uint8_t *)"";
        return true;
    }
    return false;
}

/* The bytes of a Uint8Array-like `this` (any typed array). */
static uint8_t *bytes_of(JSValue v, size_t *n)
{
    uint8_t *p;
    if (!js_ta_of(v) || !js_buffer_view_bytes(v, &p, n)) {
        js_throw_type_error("argument must be a buffer");
        return NULL;
    }
    return p;
}

/* ---- strings ------------------------------------------------------------- */

static JSUnits units_of(JSValue s)
{
    JSString *f = js_string_flatten(js_str(s));
    JSUnits u = { NULL, NULL, f->length };
    if (js_string_is_two_byte(f)) u.w = f->u.utf16;
    else u.l = f->u.latin1;
    if (!u.l && !u.w) u.l = (const uint8_t *)"";
    return u;
}

uint8_t *js_buffer_encode_string(JSValue str, JSEncoding e, size_t *n)
{
    JSUnits u = units_of(str);
    size_t cap = js_enc_byte_length(e, &u);
    uint8_t *p = rt_alloc_atomic(cap + 1);
    *n = js_enc_write(e, &u, p, cap);
    return p;
}

JSValue js_buffer_decode(JSEncoding e, const uint8_t *p, size_t n)
{
    switch (e) {
    case JS_ENC_UTF8: {
        size_t i = 0;
        while (i < n && p[i] < 0x80) i++;
        if (i == n) return js_new_string_latin1(p, n);
        uint16_t *w = rt_alloc_atomic(n * 2 + 2);
        size_t k = js_utf8_decode(p, n, w);
        return js_new_string_utf16(w, k);
    }
    case JS_ENC_UTF16LE: {
        size_t k = n / 2;
        uint16_t *w = rt_alloc_atomic(k * 2 + 2);
        for (size_t i = 0; i < k; i++) w[i] = (uint16_t)(p[2 * i] | p[2 * i + 1] << 8);
        return js_new_string_utf16(w, k);
    }
    case JS_ENC_LATIN1: return js_new_string_latin1(p, n);
    case JS_ENC_ASCII: {
        uint8_t *a = rt_alloc_atomic(n + 1);
        for (size_t i = 0; i < n; i++) a[i] = p[i] & 0x7F;
        return js_new_string_latin1(a, n);
    }
    case JS_ENC_BASE64:
    case JS_ENC_BASE64URL: {
        bool url = e == JS_ENC_BASE64URL;
        char *s = rt_alloc_atomic(js_base64_encoded_len(n, url) + 1);
        size_t k = js_base64_encode(p, n, s, url);
        return js_new_string_latin1((const uint8_t *)s, k);
    }
    case JS_ENC_HEX: {
        char *s = rt_alloc_atomic(2 * n + 1);
        js_hex_encode(p, n, s);
        return js_new_string_latin1((const uint8_t *)s, 2 * n);
    }
    default: return js_new_string_latin1(p, 0);
    }
}

static JSValue throw_unknown_encoding(JSValue v)
{
    JSValue s = js_to_string(v);
    if (s == JS_EXCEPTION) return s;
    return js_node_throw_code(JS_TYPE_ERROR, "ERR_UNKNOWN_ENCODING", "Unknown encoding: %s",
                              js_string_to_utf8(s, NULL));
}

/* The encoding named by v, or -1 (no exception) when it names none. */
static int parse_encoding(JSValue v, JSEncoding *out)
{
    JSValue s = js_to_string(v);
    if (s == JS_EXCEPTION) return -2;
    size_t len;
    char *name = js_string_to_utf8(s, &len);
    JSEncoding e = js_encoding_parse(name, len);
    if (e == JS_ENC_INVALID) return -1;
    *out = e;
    return 0;
}

int js_buffer_arg_encoding(JSValue v, JSEncoding dflt, JSEncoding *out)
{
    if (js_is_nullish(v)) { *out = dflt; return 0; }
    int r = parse_encoding(v, out);
    if (r == -1) throw_unknown_encoding(v);
    return r < 0 ? -1 : 0;
}

/* ---- argument checks (lib/internal/validators.js) ------------------------ */

static JSValue throw_oob(const char *name)
{
    if (name)
        return js_node_throw_code(JS_RANGE_ERROR, "ERR_BUFFER_OUT_OF_BOUNDS", "\"%s\" is outside of buffer bounds", name);
    return js_node_throw_code(JS_RANGE_ERROR, "ERR_BUFFER_OUT_OF_BOUNDS", "Attempt to access memory outside buffer bounds");
}

static JSValue throw_not_buffer(const char *name, JSValue v)
{
    return js_node_throw_invalid_arg_type(name, "an instance of Buffer or Uint8Array", v);
}

static char *num_text(double d) { return js_string_to_utf8(js_number_to_string(d), NULL); }

/* validateOffset(value, name, min, max): an integer Number in [min, max]. */
static int validate_offset(JSValue v, const char *name, double min, double max, double *out)
{
    if (!js_is_number(v)) { js_node_throw_invalid_arg_type(name, "of type number", v); return -1; }
    double d = js_to_double(v);
    if (d != trunc(d) || !isfinite(d)) {
        if (isfinite(d) || isnan(d)) { js_node_throw_out_of_range(name, "an integer", v); return -1; }
    }
    if (d < min || d > max) {
        js_node_throw_out_of_range(name, str_fmt(">= %s && <= %s", num_text(min), num_text(max)), v);
        return -1;
    }
    *out = d;
    return 0;
}

/* boundsError for a read or write of `size` bytes at `v` in a buffer of len bytes. */
static int check_bounds(JSValue v, size_t len, size_t size, size_t *off)
{
    if (v == JS_UNDEFINED) v = js_mk_int32(0);
    if (!js_is_number(v)) { js_node_throw_invalid_arg_type("offset", "of type number", v); return -1; }
    double d = js_to_double(v);
    if (d >= 0 && d == trunc(d) && d + (double)size <= (double)len) { *off = (size_t)d; return 0; }
    if (floor(d) != d) { js_node_throw_out_of_range("offset", "an integer", v); return -1; }
    if (len < size) { throw_oob(NULL); return -1; }
    js_node_throw_out_of_range("offset", str_fmt(">= 0 and <= %zu", len - size), v);
    return -1;
}

/* toInteger(n, default) of lib/buffer.js */
static int to_integer(JSValue v, double dflt, double *out)
{
    double d;
    if (js_to_number(v, &d) < 0) return -1;
    if (!isnan(d) && d >= -9007199254740991.0 && d <= 9007199254740991.0) *out = floor(d);
    else *out = dflt;
    return 0;
}

/* ---- construction ---------------------------------------------------------- */

static JSValue from_string(JSValue str, JSValue encv)
{
    JSEncoding e = JS_ENC_UTF8;
    if (js_is_string(encv) && js_string_length(encv) > 0) {
        int r = parse_encoding(encv, &e);
        if (r == -1) return throw_unknown_encoding(encv);
        if (r < 0) return JS_EXCEPTION;
    }
    JSUnits u = units_of(str);
    size_t len = js_enc_byte_length(e, &u);
    JSValue b = alloc_proto(buffer_proto, len);
    if (b == JS_EXCEPTION) return b;
    JSTypedArray *t = js_ta_of(b);
    size_t actual = len ? js_enc_write(e, &u, t->buffer->data, len) : 0;
    t->length = actual;
    return b;
}

static JSValue from_array_buffer(JSValue proto, JSArrayBuffer *ab, JSValue offv, JSValue lenv)
{
    double off = 0, len;
    if (offv != JS_UNDEFINED) {
        if (js_to_number(offv, &off) < 0) return JS_EXCEPTION;
        if (isnan(off)) off = 0;
        off = trunc(off);
    }
    double max = (double)ab->byte_length - off;
    if (max < 0) return throw_oob("offset");
    if (lenv == JS_UNDEFINED) len = max;
    else {
        if (js_to_number(lenv, &len) < 0) return JS_EXCEPTION;
        if (len > 0) {
            len = trunc(len);
            if (len > max) return throw_oob("length");
        } else len = 0;
    }
    return new_view(proto, ab, (size_t)off, (size_t)len);
}

/* fromArrayLike: each element through ToNumber and ToUint8. */
static JSValue from_array_like(JSValue obj)
{
    int64_t n;
    if (js_get_length(obj, &n) < 0) return JS_EXCEPTION;
    if (n <= 0) return alloc_proto(buffer_proto, 0);
    JSValue b = alloc_proto(buffer_proto, (size_t)n);
    if (b == JS_EXCEPTION) return b;
    JSTypedArray *t = js_ta_of(b);
    for (int64_t i = 0; i < n; i++) {
        JSValue v = js_get_index(obj, (uint32_t)i);
        if (v == JS_EXCEPTION) return v;
        double d;
        if (js_to_number(v, &d) < 0) return JS_EXCEPTION;
        t->buffer->data[i] = js_to_uint8(d);
    }
    return b;
}

static JSValue throw_from_type(JSValue v)
{
    return js_node_throw_code(JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                              "The first argument must be of type string or an instance of Buffer, "
                              "ArrayBuffer, or Array or an Array-like Object. Received %s",
                              js_node_describe_received(v));
}

static JSValue buffer_from(JSValue value, JSValue a1, JSValue a2, int depth)
{
    if (js_is_string(value)) return from_string(value, a1);
    if (!js_is_object(value)) return throw_from_type(value);
    JSArrayBuffer *ab = js_ab_of(value);
    if (ab) return from_array_buffer(buffer_proto, ab, a1, a2);
    JSValue vo = js_get_property(value, JS_ATOM(valueOf));
    if (vo == JS_EXCEPTION) return vo;
    if (js_is_callable(vo) && depth < 8) {
        JSValue r = js_call(vo, value, 0, NULL);
        if (r == JS_EXCEPTION) return r;
        if (!js_is_nullish(r) && r != value && (js_is_string(r) || js_is_object(r)))
            return buffer_from(r, a1, a2, depth + 1);
    }
    JSValue len = js_get_property(value, JS_ATOM(length));
    if (len == JS_EXCEPTION) return len;
    bool buffer_like = len != JS_UNDEFINED;
    if (!buffer_like) {
        JSValue inner = js_get_property_str(value, "buffer");
        if (inner == JS_EXCEPTION) return inner;
        buffer_like = js_ab_of(inner) != NULL;
    }
    if (buffer_like) {
        if (!js_is_number(len)) return alloc_proto(buffer_proto, 0);
        uint8_t *p;
        size_t n;
        if (js_is_uint8array(value) && js_buffer_view_bytes(value, &p, &n)) return js_buffer_from_bytes(p, n);
        return from_array_like(value);
    }
    JSValue type = js_get_property_str(value, "type");
    if (type == JS_EXCEPTION) return type;
    if (js_is_string(type) && js_string_eq_ascii(type, "Buffer")) {
        JSValue data = js_get_property_str(value, "data");
        if (data == JS_EXCEPTION) return data;
        if (js_is_array(data)) return from_array_like(data);
    }
    JSValue tp = js_get_property(value, JS_SYM(toPrimitive));
    if (tp == JS_EXCEPTION) return tp;
    if (js_is_callable(tp)) {
        JSValue hint = js_new_string_cstr("string");
        JSValue prim = js_call(tp, value, 1, &hint);
        if (prim == JS_EXCEPTION) return prim;
        if (js_is_string(prim)) return from_string(prim, a1);
    }
    return throw_from_type(value);
}

static JS_NATIVE(js_buffer_from_fn)
{
    (void)callee; (void)this_val; (void)new_target;
    return buffer_from(js_arg(argc, argv, 0), js_arg(argc, argv, 1), js_arg(argc, argv, 2), 0);
}

static int validate_size(JSValue v, size_t *out)
{
    if (!js_is_number(v)) { js_node_throw_invalid_arg_type("size", "of type number", v); return -1; }
    double d = js_to_double(v);
    if (!(d >= 0 && d <= BUFFER_MAX_LENGTH)) {
        js_node_throw_out_of_range("size", ">= 0 && <= 4294967296", v);
        return -1;
    }
    *out = (size_t)d;
    return 0;
}

static JSValue do_fill(JSValue buf, JSValue value, JSValue offv, JSValue endv, JSValue encv);

static JS_NATIVE(js_buffer_alloc_fn)
{
    (void)callee; (void)this_val; (void)new_target;
    size_t n;
    if (validate_size(js_arg(argc, argv, 0), &n) < 0) return JS_EXCEPTION;
    JSValue b = alloc_proto(buffer_proto, n);
    if (b == JS_EXCEPTION) return b;
    JSValue fill = js_arg(argc, argv, 1);
    if (fill != JS_UNDEFINED && !(js_is_number(fill) && js_to_double(fill) == 0) && n > 0)
        return do_fill(b, fill, js_mk_int32(0), js_mk_number((double)n), js_arg(argc, argv, 2));
    return b;
}

static JS_NATIVE(js_buffer_alloc_unsafe)
{
    (void)callee; (void)this_val; (void)new_target;
    size_t n;
    if (validate_size(js_arg(argc, argv, 0), &n) < 0) return JS_EXCEPTION;
    return alloc_proto(buffer_proto, n);
}

/* new Buffer(size) / Buffer(string, encoding) / Buffer(arrayBuffer, offset, length) */
static JS_NATIVE(js_buffer_ctor)
{
    (void)callee; (void)this_val;
    JSValue a0 = js_arg(argc, argv, 0);
    JSValue proto = buffer_proto;
    if (js_is_object(new_target) && new_target != buffer_ctor) {
        JSValue p = js_get_property(new_target, JS_ATOM(prototype));
        if (p == JS_EXCEPTION) return p;
        if (js_is_object(p)) proto = p;
    }
    if (js_is_number(a0)) {
        size_t n;
        if (validate_size(a0, &n) < 0) return JS_EXCEPTION;
        return alloc_proto(proto, n);
    }
    JSArrayBuffer *ab = js_ab_of(a0);
    if (ab) return from_array_buffer(proto, ab, js_arg(argc, argv, 1), js_arg(argc, argv, 2));
    return buffer_from(a0, js_arg(argc, argv, 1), js_arg(argc, argv, 2), 0);
}

/* ---- Buffer.* ---------------------------------------------------------------- */

static JS_NATIVE(js_buffer_is_buffer)
{
    (void)callee; (void)this_val; (void)new_target;
    JSValue v = js_arg(argc, argv, 0);
    if (!js_is_object(v)) return JS_FALSE;
    int r = js_ordinary_has_instance(buffer_ctor, v);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

static JS_NATIVE(js_buffer_is_encoding)
{
    (void)callee; (void)this_val; (void)new_target;
    JSValue v = js_arg(argc, argv, 0);
    if (!js_is_string(v) || js_string_length(v) == 0) return JS_FALSE;
    JSEncoding e;
    int r = parse_encoding(v, &e);
    return r == -2 ? JS_EXCEPTION : js_mk_bool(r == 0);
}

static JS_NATIVE(js_buffer_byte_length)
{
    (void)callee; (void)this_val; (void)new_target;
    JSValue s = js_arg(argc, argv, 0);
    if (!js_is_string(s)) {
        uint8_t *p;
        size_t n;
        if (js_buffer_view_bytes(s, &p, &n)) return js_mk_number((double)n);
        JSArrayBuffer *ab = js_ab_of(s);
        if (ab) return js_mk_number((double)ab->byte_length);
        return js_node_throw_invalid_arg_type("string", "of type string or an instance of Buffer or ArrayBuffer", s);
    }
    JSEncoding e = JS_ENC_UTF8;
    JSValue encv = js_arg(argc, argv, 1);
    if (js_is_string(encv) && parse_encoding(encv, &e) == -2) return JS_EXCEPTION;
    JSUnits u = units_of(s);
    return js_mk_number((double)js_enc_byte_length(e, &u));
}

static int compare_bytes(const uint8_t *a, size_t an, const uint8_t *b, size_t bn)
{
    size_t n = an < bn ? an : bn;
    int c = n ? memcmp(a, b, n) : 0;
    if (c) return c < 0 ? -1 : 1;
    return an < bn ? -1 : an > bn ? 1 : 0;
}

static JS_NATIVE(js_buffer_compare_static)
{
    (void)callee; (void)this_val; (void)new_target;
    JSValue a = js_arg(argc, argv, 0), b = js_arg(argc, argv, 1);
    if (!js_is_uint8array(a)) return throw_not_buffer("buf1", a);
    if (!js_is_uint8array(b)) return throw_not_buffer("buf2", b);
    uint8_t *pa, *pb;
    size_t na, nb;
    js_buffer_view_bytes(a, &pa, &na);
    js_buffer_view_bytes(b, &pb, &nb);
    return js_mk_int32(compare_bytes(pa, na, pb, nb));
}

static JS_NATIVE(js_buffer_concat)
{
    (void)callee; (void)this_val; (void)new_target;
    JSValue list = js_arg(argc, argv, 0), lenv = js_arg(argc, argv, 1);
    int r = js_is_array_value(list);
    if (r < 0) return JS_EXCEPTION;
    if (!r) return js_node_throw_invalid_arg_type("list", "an instance of Array", list);
    int64_t n;
    if (js_get_length(list, &n) < 0) return JS_EXCEPTION;
    if (n == 0) return alloc_proto(buffer_proto, 0);
    double total = 0;
    if (lenv == JS_UNDEFINED) {
        for (int64_t i = 0; i < n; i++) {
            JSValue item = js_get_index(list, (uint32_t)i);
            if (item == JS_EXCEPTION) return item;
            uint8_t *p;
            size_t k;
            if (js_is_uint8array(item) && js_buffer_view_bytes(item, &p, &k)) total += (double)k;
        }
    } else if (validate_offset(lenv, "length", 0, BUFFER_MAX_LENGTH, &total) < 0) {
        return JS_EXCEPTION;
    }
    JSValue out = alloc_proto(buffer_proto, (size_t)total);
    if (out == JS_EXCEPTION) return out;
    size_t pos = 0, cap = (size_t)total;
    for (int64_t i = 0; i < n; i++) {
        JSValue item = js_get_index(list, (uint32_t)i);
        if (item == JS_EXCEPTION) return item;
        if (!js_is_uint8array(item)) return throw_not_buffer(str_fmt("list[%lld]", (long long)i), item);
        uint8_t *p;
        size_t k;
        js_buffer_view_bytes(item, &p, &k);
        if (k > cap - pos) k = cap - pos;
        if (k) memmove(js_ta_of(out)->buffer->data + pos, p, k);
        pos += k;
    }
    return out;
}

/* ---- Buffer.prototype: text ------------------------------------------------------ */

static JS_NATIVE(js_buffer_to_string)
{
    (void)callee; (void)new_target;
    size_t len;
    uint8_t *p = bytes_of(this_val, &len);
    if (!p) return JS_EXCEPTION;
    JSEncoding e = JS_ENC_UTF8;
    JSValue encv = js_arg(argc, argv, 0), sv = js_arg(argc, argv, 1), ev = js_arg(argc, argv, 2);
    double start = 0, end = (double)len;
    if (sv != JS_UNDEFINED) {
        double d;
        if (js_to_number(sv, &d) < 0) return JS_EXCEPTION;
        if (d <= 0) start = 0;
        else if (d >= (double)len) return js_new_string_latin1(p, 0);
        else start = isnan(d) ? 0 : trunc(d);
    }
    if (ev != JS_UNDEFINED) {
        double d;
        if (js_to_number(ev, &d) < 0) return JS_EXCEPTION;
        if (!(d > (double)len)) end = isnan(d) ? 0 : trunc(d);
    }
    if (end <= start) return js_new_string_latin1(p, 0);
    if (encv != JS_UNDEFINED) {
        int r = parse_encoding(encv, &e);
        if (r == -1) return throw_unknown_encoding(encv);
        if (r < 0) return JS_EXCEPTION;
    }
    /* parse_encoding may have run JavaScript */
    p = bytes_of(this_val, &len);
    if (!p) return JS_EXCEPTION;
    if (end > (double)len) end = (double)len;
    if (end <= start) return js_new_string_latin1(p, 0);
    return js_buffer_decode(e, p + (size_t)start, (size_t)(end - start));
}

/* write(string[, offset[, length]][, encoding]) */
static JS_NATIVE(js_buffer_write)
{
    (void)callee; (void)new_target;
    size_t len;
    if (!bytes_of(this_val, &len)) return JS_EXCEPTION;
    JSValue str = js_arg(argc, argv, 0), offv = js_arg(argc, argv, 1);
    JSValue lenv = js_arg(argc, argv, 2), encv = js_arg(argc, argv, 3);
    if (!js_is_string(str)) return js_node_throw_code(JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", "argument must be a string");
    double off = 0, count = (double)len;
    if (offv == JS_UNDEFINED) {
        /* utf8, whole buffer */
    } else if (lenv == JS_UNDEFINED && js_is_string(offv)) {
        encv = offv;
    } else {
        if (validate_offset(offv, "offset", 0, (double)len, &off) < 0) return JS_EXCEPTION;
        double remaining = (double)len - off;
        if (lenv == JS_UNDEFINED) count = remaining;
        else if (js_is_string(lenv)) { encv = lenv; count = remaining; }
        else {
            if (validate_offset(lenv, "length", 0, (double)len, &count) < 0) return JS_EXCEPTION;
            if (count > remaining) count = remaining;
        }
    }
    JSEncoding e = JS_ENC_UTF8;
    if (js_to_boolean(encv)) {
        int r = parse_encoding(encv, &e);
        if (r == -1) return throw_unknown_encoding(encv);
        if (r < 0) return JS_EXCEPTION;
    }
    uint8_t *p = bytes_of(this_val, &len);
    if (!p) return JS_EXCEPTION;
    if (off + count > (double)len) return throw_oob(NULL);
    JSUnits u = units_of(str);
    return js_mk_number((double)js_enc_write(e, &u, p + (size_t)off, (size_t)count));
}

static JS_NATIVE(js_buffer_to_json)
{
    (void)callee; (void)new_target; (void)argc; (void)argv;
    size_t len;
    uint8_t *p = bytes_of(this_val, &len);
    if (!p) return JS_EXCEPTION;
    JSValue arr = js_new_array(0);
    for (size_t i = 0; i < len; i++) js_array_push(arr, js_mk_int32(p[i]));
    JSValue o = js_new_object();
    js_define_property_value_str(o, "type", js_new_string_cstr("Buffer"), JS_PROP_C_W_E);
    js_define_property_value_str(o, "data", arr, JS_PROP_C_W_E);
    return o;
}

/* [util.inspect.custom]: <Buffer 68 69 ... 3 more bytes> */
static JS_NATIVE(js_buffer_inspect)
{
    (void)callee; (void)new_target; (void)argc; (void)argv;
    size_t len;
    uint8_t *p = bytes_of(this_val, &len);
    if (!p) return JS_EXCEPTION;
    const char *name = "Buffer";
    JSValue ctor = js_get_property(this_val, JS_ATOM(constructor));
    if (ctor == JS_EXCEPTION) return ctor;
    if (js_is_object(ctor)) {
        JSValue n = js_get_property(ctor, JS_ATOM(name));
        if (n == JS_EXCEPTION) return n;
        if (js_is_string(n)) name = js_string_to_utf8(n, NULL);
    }
    p = bytes_of(this_val, &len);
    if (!p) return JS_EXCEPTION;
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "<%s", name);
    size_t shown = len < INSPECT_MAX_BYTES ? len : INSPECT_MAX_BYTES;
    for (size_t i = 0; i < shown; i++) sb_printf(&b, " %02x", p[i]);
    if (len == 0) sb_putc(&b, ' ');
    if (len > shown) sb_printf(&b, " ... %zu more byte%s", len - shown, len - shown > 1 ? "s" : "");
    sb_putc(&b, '>');
    return js_new_string_from_utf8(b.p, b.len);
}

/* ---- Buffer.prototype: comparison and search --------------------------------------------- */

static JS_NATIVE(js_buffer_equals)
{
    (void)callee; (void)new_target;
    size_t an, bn;
    uint8_t *a = bytes_of(this_val, &an), *b;
    if (!a) return JS_EXCEPTION;
    JSValue other = js_arg(argc, argv, 0);
    if (!js_is_uint8array(other)) return throw_not_buffer("otherBuffer", other);
    js_buffer_view_bytes(other, &b, &bn);
    return js_mk_bool(an == bn && (an == 0 || memcmp(a, b, an) == 0));
}

static int opt_offset(JSValue v, const char *name, double dflt, double max, double *out)
{
    if (v == JS_UNDEFINED) { *out = dflt; return 0; }
    return validate_offset(v, name, 0, max, out);
}

/* compare(target[, targetStart[, targetEnd[, sourceStart[, sourceEnd]]]]) */
static JS_NATIVE(js_buffer_compare)
{
    (void)callee; (void)new_target;
    size_t sn, tn;
    uint8_t *s = bytes_of(this_val, &sn), *t;
    if (!s) return JS_EXCEPTION;
    JSValue target = js_arg(argc, argv, 0);
    if (!js_is_uint8array(target)) return throw_not_buffer("target", target);
    js_buffer_view_bytes(target, &t, &tn);
    double ts, te, ss, se;
    if (opt_offset(js_arg(argc, argv, 1), "targetStart", 0, BUFFER_MAX_LENGTH, &ts) < 0 ||
        opt_offset(js_arg(argc, argv, 2), "targetEnd", (double)tn, (double)tn, &te) < 0 ||
        opt_offset(js_arg(argc, argv, 3), "sourceStart", 0, BUFFER_MAX_LENGTH, &ss) < 0 ||
        opt_offset(js_arg(argc, argv, 4), "sourceEnd", (double)sn, (double)sn, &se) < 0)
        return JS_EXCEPTION;
    if (ss >= se) return js_mk_int32(ts >= te ? 0 : -1);
    if (ts >= te) return js_mk_int32(1);
    if (ts > (double)tn) ts = (double)tn;
    if (ss > (double)sn) ss = (double)sn;
    return js_mk_int32(compare_bytes(s + (size_t)ss, (size_t)(se - ss), t + (size_t)ts, (size_t)(te - ts)));
}

/* IndexOfOffset of node_buffer.cc */
static int64_t index_of_offset(int64_t len, int64_t off, int64_t nlen, bool forward)
{
    if (off < 0) {
        if (off + len >= 0) return len + off;
        if (forward || nlen == 0) return 0;
        return -1;
    }
    if (off + nlen <= len) return off;
    if (nlen == 0) return len;
    if (forward) return -1;
    return len - 1;
}

static JSValue index_of(JSValue this_val, int32_t argc, const JSValue *argv, bool forward)
{
    size_t len;
    uint8_t *hay = bytes_of(this_val, &len);
    if (!hay) return JS_EXCEPTION;
    JSValue val = js_arg(argc, argv, 0), offv = js_arg(argc, argv, 1), encv = js_arg(argc, argv, 2);
    if (js_is_string(offv)) { encv = offv; offv = JS_UNDEFINED; }
    double off;
    if (js_to_number(offv, &off) < 0) return JS_EXCEPTION;
    if (off > 2147483647.0) off = 2147483647.0;
    if (off < -2147483648.0) off = -2147483648.0;
    if (isnan(off)) off = forward ? 0 : (double)len;
    int64_t o = (int64_t)trunc(off);
    const uint8_t *needle;
    size_t nlen;
    uint8_t byte;
    if (js_is_number(val)) {
        uint32_t u;
        if (js_to_uint32(val, &u) < 0) return JS_EXCEPTION;
        byte = (uint8_t)u;
        needle = &byte;
        nlen = 1;
    } else if (js_is_string(val)) {
        JSEncoding e = JS_ENC_UTF8;
        if (encv != JS_UNDEFINED) {
            int r = parse_encoding(encv, &e);
            if (r == -1) return throw_unknown_encoding(encv);
            if (r < 0) return JS_EXCEPTION;
        }
        needle = js_buffer_encode_string(val, e, &nlen);
    } else if (js_is_uint8array(val)) {
        uint8_t *np;
        js_buffer_view_bytes(val, &np, &nlen);
        needle = np;
    } else {
        return js_node_throw_invalid_arg_type("value", "one of type number or string or an instance of Buffer or Uint8Array", val);
    }
    hay = bytes_of(this_val, &len);
    if (!hay) return JS_EXCEPTION;
    int64_t start = index_of_offset((int64_t)len, o, (int64_t)nlen, forward);
    if (nlen == 0 && !js_is_number(val)) return js_mk_number((double)start);
    if (start < 0 || len == 0 || nlen > len) return js_mk_int32(-1);
    if (forward) {
        for (int64_t i = start; i + (int64_t)nlen <= (int64_t)len; i++)
            if (memcmp(hay + i, needle, nlen) == 0) return js_mk_number((double)i);
    } else {
        if (start + (int64_t)nlen > (int64_t)len) start = (int64_t)(len - nlen);
        for (int64_t i = start; i >= 0; i--)
            if (memcmp(hay + i, needle, nlen) == 0) return js_mk_number((double)i);
    }
    return js_mk_int32(-1);
}

static JS_NATIVE(js_buffer_index_of) { (void)callee; (void)new_target; return index_of(this_val, argc, argv, true); }
static JS_NATIVE(js_buffer_last_index_of) { (void)callee; (void)new_target; return index_of(this_val, argc, argv, false); }
static JS_NATIVE(js_buffer_includes)
{
    (void)callee; (void)new_target;
    JSValue r = index_of(this_val, argc, argv, true);
    if (r == JS_EXCEPTION) return r;
    return js_mk_bool(js_to_double(r) != -1);
}

/* ---- Buffer.prototype: fill, copy, slice, swap ------------------------------------------------ */

static JSValue do_fill(JSValue buf, JSValue value, JSValue offv, JSValue endv, JSValue encv)
{
    size_t len;
    if (!bytes_of(buf, &len)) return JS_EXCEPTION;
    JSEncoding e = JS_ENC_UTF8;
    if (js_is_string(value)) {
        if (offv == JS_UNDEFINED || js_is_string(offv)) { encv = offv; offv = js_mk_int32(0); endv = js_mk_number((double)len); }
        else if (js_is_string(endv)) { encv = endv; endv = js_mk_number((double)len); }
        if (encv != JS_UNDEFINED) {
            if (!js_is_string(encv)) return js_node_throw_invalid_arg_type("encoding", "of type string", encv);
            int r = parse_encoding(encv, &e);
            if (r == -1) return throw_unknown_encoding(encv);
            if (r < 0) return JS_EXCEPTION;
        }
    }
    double off = 0, end = (double)len;
    if (offv != JS_UNDEFINED) {
        if (validate_offset(offv, "offset", 0, BUFFER_MAX_LENGTH, &off) < 0) return JS_EXCEPTION;
        if (endv != JS_UNDEFINED && validate_offset(endv, "end", 0, (double)len, &end) < 0) return JS_EXCEPTION;
        if (off >= end) return buf;
    }
    const uint8_t *pat;
    size_t plen;
    uint8_t byte;
    if (js_is_string(value)) {
        pat = js_buffer_encode_string(value, e, &plen);
        if (js_string_length(value) == 0) { byte = 0; pat = &byte; plen = 1; }
        else if (plen == 0) return js_node_throw_code(JS_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
                                                     "The argument 'value' is invalid. Received %s",
                                                     js_node_describe_out_of_range(value));
    } else if (js_ta_of(value) || (js_is_cell(value) && js_cell_kind(value) == JS_CELL_DATA_VIEW)) {
        uint8_t *vp;
        js_buffer_view_bytes(value, &vp, &plen);
        if (plen == 0) return js_node_throw_code(JS_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
                                                "The argument 'value' is invalid. Received %s",
                                                js_node_describe_out_of_range(value));
        uint8_t *copy = rt_alloc_atomic(plen);
        memcpy(copy, vp, plen);
        pat = copy;
    } else {
        double d;
        if (js_to_number(value, &d) < 0) return JS_EXCEPTION;
        byte = js_to_uint8(d);
        pat = &byte;
        plen = 1;
    }
    uint8_t *p = bytes_of(buf, &len);
    if (!p) return JS_EXCEPTION;
    if (end > (double)len) return throw_oob(NULL);
    for (size_t i = (size_t)off, k = 0; i < (size_t)end; i++) {
        p[i] = pat[k];
        if (++k == plen) k = 0;
    }
    return buf;
}

static JS_NATIVE(js_buffer_fill)
{
    (void)callee; (void)new_target;
    return do_fill(this_val, js_arg(argc, argv, 0), js_arg(argc, argv, 1), js_arg(argc, argv, 2), js_arg(argc, argv, 3));
}

/* copy(target[, targetStart[, sourceStart[, sourceEnd]]]) */
static JS_NATIVE(js_buffer_copy)
{
    (void)callee; (void)new_target;
    if (!js_is_uint8array(this_val)) return throw_not_buffer("source", this_val);
    JSValue target = js_arg(argc, argv, 0);
    if (!js_is_uint8array(target)) return throw_not_buffer("target", target);
    JSValue tsv = js_arg(argc, argv, 1), ssv = js_arg(argc, argv, 2), sev = js_arg(argc, argv, 3);
    size_t sn, tn;
    uint8_t *s, *t;
    js_buffer_view_bytes(this_val, &s, &sn);
    double ts = 0, ss = 0, se = (double)sn;
    if (tsv != JS_UNDEFINED) {
        if (to_integer(tsv, 0, &ts) < 0) return JS_EXCEPTION;
        if (ts < 0) return js_node_throw_out_of_range("targetStart", ">= 0", js_mk_number(ts));
    }
    if (ssv != JS_UNDEFINED) {
        if (to_integer(ssv, 0, &ss) < 0) return JS_EXCEPTION;
        if (ss < 0 || ss > (double)sn)
            return js_node_throw_out_of_range("sourceStart", str_fmt(">= 0 && <= %zu", sn), js_mk_number(ss));
    }
    if (sev != JS_UNDEFINED) {
        if (to_integer(sev, 0, &se) < 0) return JS_EXCEPTION;
        if (se < 0) return js_node_throw_out_of_range("sourceEnd", ">= 0", js_mk_number(se));
    }
    js_buffer_view_bytes(this_val, &s, &sn);
    js_buffer_view_bytes(target, &t, &tn);
    if (ts >= (double)tn || ss >= se) return js_mk_int32(0);
    if (se - ss > (double)tn - ts) se = ss + (double)tn - ts;
    double nb = se - ss;
    if (nb > (double)sn - ss) nb = (double)sn - ss;
    if (nb > 0) memmove(t + (size_t)ts, s + (size_t)ss, (size_t)nb);
    return js_mk_number(nb > 0 ? nb : 0);
}

static int adjust_offset(JSValue v, size_t len, size_t *out)
{
    double d;
    if (js_to_number(v, &d) < 0) return -1;
    d = trunc(d);
    if (d == 0 || isnan(d)) *out = 0;
    else if (d < 0) { d += (double)len; *out = d > 0 ? (size_t)d : 0; }
    else *out = d < (double)len ? (size_t)d : len;
    return 0;
}

static JS_NATIVE(js_buffer_slice)
{
    (void)callee; (void)new_target;
    size_t len;
    if (!bytes_of(this_val, &len)) return JS_EXCEPTION;
    size_t start, end = len;
    if (adjust_offset(js_arg(argc, argv, 0), len, &start) < 0) return JS_EXCEPTION;
    if (js_arg(argc, argv, 1) != JS_UNDEFINED && adjust_offset(js_arg(argc, argv, 1), len, &end) < 0)
        return JS_EXCEPTION;
    JSTypedArray *t = js_ta_of(this_val);
    size_t n = end > start ? end - start : 0;
    if (start + n > js_ta_length(t)) return throw_oob(NULL);
    return new_view(buffer_proto, t->buffer, t->byte_offset + start, n);
}

static JSValue swap(JSValue this_val, size_t k)
{
    size_t len;
    uint8_t *p = bytes_of(this_val, &len);
    if (!p) return JS_EXCEPTION;
    if (len % k)
        return js_node_throw_code(JS_RANGE_ERROR, "ERR_INVALID_BUFFER_SIZE",
                                  "Buffer size must be a multiple of %zu-bits", k * 8);
    for (size_t i = 0; i < len; i += k)
        for (size_t a = i, b = i + k - 1; a < b; a++, b--) {
            uint8_t c = p[a];
            p[a] = p[b];
            p[b] = c;
        }
    return this_val;
}
static JS_NATIVE(js_buffer_swap16) { (void)callee; (void)new_target; (void)argc; (void)argv; return swap(this_val, 2); }
static JS_NATIVE(js_buffer_swap32) { (void)callee; (void)new_target; (void)argc; (void)argv; return swap(this_val, 4); }
static JS_NATIVE(js_buffer_swap64) { (void)callee; (void)new_target; (void)argc; (void)argv; return swap(this_val, 8); }

static JS_NATIVE(js_buffer_parent)
{
    (void)callee; (void)new_target; (void)argc; (void)argv;
    JSTypedArray *t = js_ta_of(this_val);
    return t ? js_mk_cell(t->buffer) : JS_UNDEFINED;
}

static JS_NATIVE(js_buffer_offset)
{
    (void)callee; (void)new_target; (void)argc; (void)argv;
    JSTypedArray *t = js_ta_of(this_val);
    return t ? js_mk_number((double)t->byte_offset) : JS_UNDEFINED;
}

/* ---- Buffer.prototype: numbers ------------------------------------------------------------------ */

enum { NUM_UINT, NUM_INT, NUM_FLOAT, NUM_BIGUINT, NUM_BIGINT };

static uint64_t load_bytes(const uint8_t *p, size_t k, bool be)
{
    uint64_t v = 0;
    for (size_t i = 0; i < k; i++) v |= (uint64_t)p[be ? k - 1 - i : i] << (8 * i);
    return v;
}

static void store_bytes(uint8_t *p, size_t k, bool be, uint64_t v)
{
    for (size_t i = 0; i < k; i++) p[be ? k - 1 - i : i] = (uint8_t)(v >> (8 * i));
}

static JSValue num_read(JSValue this_val, JSValue offv, size_t k, int kind, bool be)
{
    size_t len, off;
    uint8_t *p = bytes_of(this_val, &len);
    if (!p || check_bounds(offv, len, k, &off) < 0) return JS_EXCEPTION;
    uint64_t v = load_bytes(p + off, k, be);
    switch (kind) {
    case NUM_UINT: return js_mk_number((double)v);
    case NUM_INT: {
        if (k < 8 && (v >> (8 * k - 1)) & 1) v |= ~(uint64_t)0 << (8 * k);
        return js_mk_number((double)(int64_t)v);
    }
    case NUM_FLOAT:
        if (k == 4) { uint32_t u = (uint32_t)v; float f; memcpy(&f, &u, 4); return js_mk_number(f); }
        else { double d; memcpy(&d, &v, 8); return js_mk_number(d); }
    case NUM_BIGUINT: return js_bigint_from_uint64(v);
    default: return js_bigint_from_int64((int64_t)v);
    }
}

/* The range text of checkInt for a k-byte integer. */
static char *int_range(size_t k, bool sign, bool big)
{
    const char *n = big ? "n" : "";
    if (k > 4) {
        if (!sign) return str_fmt(">= 0%s and < 2%s ** %zu%s", n, n, k * 8, n);
        return str_fmt(">= -(2%s ** %zu%s) and < 2%s ** %zu%s", n, k * 8 - 1, n, n, k * 8 - 1, n);
    }
    if (!sign) return str_fmt(">= 0 and <= %.0f", ldexp(1, (int)(8 * k)) - 1);
    return str_fmt(">= %.0f and <= %.0f", -ldexp(1, (int)(8 * k - 1)), ldexp(1, (int)(8 * k - 1)) - 1);
}

static JSValue num_write(JSValue this_val, JSValue val, JSValue offv, size_t k, int kind, bool be)
{
    size_t len, off;
    if (!bytes_of(this_val, &len)) return JS_EXCEPTION;
    uint64_t bits;
    if (kind == NUM_BIGUINT || kind == NUM_BIGINT) {
        if (!js_is_bigint(val)) return js_throw_type_error("Cannot mix BigInt and other types, use explicit conversions");
        bool sign = kind == NUM_BIGINT;
        JSValue wrapped = js_bigint_as_n(64, val, sign);
        if (wrapped == JS_EXCEPTION) return wrapped;
        if (!js_bigint_equals(wrapped, val)) return js_node_throw_out_of_range("value", int_range(8, sign, true), val);
        bits = js_bigint_to_uint64(val);
    } else {
        double d;
        if (js_to_number(val, &d) < 0) return JS_EXCEPTION;
        if (kind == NUM_FLOAT) {
            if (k == 4) { float f = (float)d; uint32_t u; memcpy(&u, &f, 4); bits = u; }
            else memcpy(&bits, &d, 8);
        } else {
            bool sign = kind == NUM_INT;
            double min = sign ? -ldexp(1, (int)(8 * k - 1)) : 0;
            double max = sign ? ldexp(1, (int)(8 * k - 1)) - 1 : ldexp(1, (int)(8 * k)) - 1;
            if (d > max || d < min) return js_node_throw_out_of_range("value", int_range(k, sign, false), js_mk_number(d));
            bits = isfinite(d) ? (uint64_t)(int64_t)trunc(d) : 0;
        }
    }
    uint8_t *p = bytes_of(this_val, &len);
    if (!p || check_bounds(offv, len, k, &off) < 0) return JS_EXCEPTION;
    store_bytes(p + off, k, be, bits);
    return js_mk_number((double)(off + k));
}

/* byteLength of readUIntLE and friends: an integer in [1, 6]. */
static int check_byte_length(JSValue v, size_t *out)
{
    if (!js_is_number(v)) { js_node_throw_invalid_arg_type("byteLength", "of type number", v); return -1; }
    double d = js_to_double(v);
    if (floor(d) != d) { js_node_throw_out_of_range("byteLength", "an integer", v); return -1; }
    if (d < 1 || d > 6) { js_node_throw_out_of_range("byteLength", ">= 1 and <= 6", v); return -1; }
    *out = (size_t)d;
    return 0;
}

#define READ_FN(name, k, kind, be)                                                   \
    static JS_NATIVE(name)                                                           \
    {                                                                                \
        (void)callee; (void)new_target;                                              \
        return num_read(this_val, js_arg(argc, argv, 0), k, kind, be);               \
    }
#define WRITE_FN(name, k, kind, be)                                                  \
    static JS_NATIVE(name)                                                           \
    {                                                                                \
        (void)callee; (void)new_target;                                              \
        return num_write(this_val, js_arg(argc, argv, 0), js_arg(argc, argv, 1), k, kind, be); \
    }
#define READN_FN(name, kind, be)                                                     \
    static JS_NATIVE(name)                                                           \
    {                                                                                \
        (void)callee; (void)new_target;                                              \
        size_t k;                                                                    \
        if (js_arg(argc, argv, 0) == JS_UNDEFINED)                                   \
            return js_node_throw_invalid_arg_type("offset", "of type number", JS_UNDEFINED); \
        if (check_byte_length(js_arg(argc, argv, 1), &k) < 0) return JS_EXCEPTION;   \
        return num_read(this_val, js_arg(argc, argv, 0), k, kind, be);               \
    }
#define WRITEN_FN(name, kind, be)                                                    \
    static JS_NATIVE(name)                                                           \
    {                                                                                \
        (void)callee; (void)new_target;                                              \
        size_t k;                                                                    \
        if (check_byte_length(js_arg(argc, argv, 2), &k) < 0) return JS_EXCEPTION;   \
        return num_write(this_val, js_arg(argc, argv, 0), js_arg(argc, argv, 1), k, kind, be); \
    }

READ_FN(rd_u8, 1, NUM_UINT, false)
READ_FN(rd_u16le, 2, NUM_UINT, false)
READ_FN(rd_u16be, 2, NUM_UINT, true)
READ_FN(rd_u32le, 4, NUM_UINT, false)
READ_FN(rd_u32be, 4, NUM_UINT, true)
READ_FN(rd_i8, 1, NUM_INT, false)
READ_FN(rd_i16le, 2, NUM_INT, false)
READ_FN(rd_i16be, 2, NUM_INT, true)
READ_FN(rd_i32le, 4, NUM_INT, false)
READ_FN(rd_i32be, 4, NUM_INT, true)
READ_FN(rd_f32le, 4, NUM_FLOAT, false)
READ_FN(rd_f32be, 4, NUM_FLOAT, true)
READ_FN(rd_f64le, 8, NUM_FLOAT, false)
READ_FN(rd_f64be, 8, NUM_FLOAT, true)
READ_FN(rd_bu64le, 8, NUM_BIGUINT, false)
READ_FN(rd_bu64be, 8, NUM_BIGUINT, true)
READ_FN(rd_bi64le, 8, NUM_BIGINT, false)
READ_FN(rd_bi64be, 8, NUM_BIGINT, true)
READN_FN(rd_uintle, NUM_UINT, false)
READN_FN(rd_uintbe, NUM_UINT, true)
READN_FN(rd_intle, NUM_INT, false)
READN_FN(rd_intbe, NUM_INT, true)
WRITE_FN(wr_u8, 1, NUM_UINT, false)
WRITE_FN(wr_u16le, 2, NUM_UINT, false)
WRITE_FN(wr_u16be, 2, NUM_UINT, true)
WRITE_FN(wr_u32le, 4, NUM_UINT, false)
WRITE_FN(wr_u32be, 4, NUM_UINT, true)
WRITE_FN(wr_i8, 1, NUM_INT, false)
WRITE_FN(wr_i16le, 2, NUM_INT, false)
WRITE_FN(wr_i16be, 2, NUM_INT, true)
WRITE_FN(wr_i32le, 4, NUM_INT, false)
WRITE_FN(wr_i32be, 4, NUM_INT, true)
WRITE_FN(wr_f32le, 4, NUM_FLOAT, false)
WRITE_FN(wr_f32be, 4, NUM_FLOAT, true)
WRITE_FN(wr_f64le, 8, NUM_FLOAT, false)
WRITE_FN(wr_f64be, 8, NUM_FLOAT, true)
WRITE_FN(wr_bu64le, 8, NUM_BIGUINT, false)
WRITE_FN(wr_bu64be, 8, NUM_BIGUINT, true)
WRITE_FN(wr_bi64le, 8, NUM_BIGINT, false)
WRITE_FN(wr_bi64be, 8, NUM_BIGINT, true)
WRITEN_FN(wr_uintle, NUM_UINT, false)
WRITEN_FN(wr_uintbe, NUM_UINT, true)
WRITEN_FN(wr_intle, NUM_INT, false)
WRITEN_FN(wr_intbe, NUM_INT, true)

/* ---- the per-encoding methods (utf8Slice, hexWrite, ...) ------------------------------------------ */

/* xSlice(start, end): data[0] holds the encoding. */
static JSValue enc_slice(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                         JSValue new_target)
{
    (void)new_target;
    JSEncoding e = (JSEncoding)js_get_int32(callee->env->vars[0]);
    size_t len;
    uint8_t *p = bytes_of(this_val, &len);
    if (!p) return JS_EXCEPTION;
    double start = 0, end = (double)len;
    if (js_arg(argc, argv, 0) != JS_UNDEFINED && js_to_number(argv[0], &start) < 0) return JS_EXCEPTION;
    if (js_arg(argc, argv, 1) != JS_UNDEFINED && js_to_number(argv[1], &end) < 0) return JS_EXCEPTION;
    p = bytes_of(this_val, &len);
    if (!p) return JS_EXCEPTION;
    start = isnan(start) ? 0 : trunc(start);
    end = isnan(end) ? 0 : trunc(end);
    if (start < 0 || end > (double)len || start > end) return throw_oob("start");
    return js_buffer_decode(e, p + (size_t)start, (size_t)(end - start));
}

/* xWrite(string, offset, length) */
static JSValue enc_write(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                         JSValue new_target)
{
    (void)new_target;
    JSEncoding e = (JSEncoding)js_get_int32(callee->env->vars[0]);
    size_t len;
    if (!bytes_of(this_val, &len)) return JS_EXCEPTION;
    JSValue str = js_arg(argc, argv, 0);
    if (!js_is_string(str)) return js_node_throw_code(JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", "argument must be a string");
    double off = 0, count;
    if (js_arg(argc, argv, 1) != JS_UNDEFINED && validate_offset(argv[1], "offset", 0, (double)len, &off) < 0)
        return JS_EXCEPTION;
    count = (double)len - off;
    if (js_arg(argc, argv, 2) != JS_UNDEFINED) {
        double c;
        if (validate_offset(argv[2], "length", 0, (double)len, &c) < 0) return JS_EXCEPTION;
        if (c < count) count = c;
    }
    uint8_t *p = bytes_of(this_val, &len);
    if (!p) return JS_EXCEPTION;
    JSUnits u = units_of(str);
    return js_mk_number((double)js_enc_write(e, &u, p + (size_t)off, (size_t)count));
}

static void install_encoding_methods(JSValue proto)
{
    static const struct { const char *name; JSEncoding e; } encs[] = {
        { "ascii", JS_ENC_ASCII }, { "base64", JS_ENC_BASE64 }, { "base64url", JS_ENC_BASE64URL },
        { "hex", JS_ENC_HEX }, { "latin1", JS_ENC_LATIN1 }, { "ucs2", JS_ENC_UTF16LE }, { "utf8", JS_ENC_UTF8 },
    };
    for (size_t i = 0; i < JS_COUNTOF(encs); i++) {
        JSValue data = js_mk_int32(encs[i].e);
        char *sn = str_fmt("%sSlice", encs[i].name), *wn = str_fmt("%sWrite", encs[i].name);
        js_define_property_value_str(proto, sn, js_new_native_function_data(sn, enc_slice, 2, 1, &data), JS_PROP_C_W);
        js_define_property_value_str(proto, wn, js_new_native_function_data(wn, enc_write, 3, 1, &data), JS_PROP_C_W);
    }
}

/* ---- atob, btoa, isUtf8, isAscii, copyBytesFrom ---------------------------------------------------- */

/* A DOMException-like error: name InvalidCharacterError, code 5. */
static JSValue throw_invalid_character(const char *msg)
{
    JSValue e = js_new_error(JS_ERROR, js_new_string_cstr(msg));
    if (e == JS_EXCEPTION) return e;
    js_define_property_value_str(e, "name", js_new_string_cstr("InvalidCharacterError"), JS_PROP_C_W);
    js_define_property_value_str(e, "code", js_mk_int32(5), JS_PROP_C_W);
    JSValue st = js_new_string_cstr(str_fmt("InvalidCharacterError: %s", msg));
    js_define_property_value(e, JS_ATOM(stack), st, JS_PROP_C_W);
    return js_throw(e);
}

static JS_NATIVE(js_buffer_btoa)
{
    (void)callee; (void)this_val; (void)new_target;
    if (argc < 1) return js_node_throw_code(JS_TYPE_ERROR, "ERR_MISSING_ARGS", "The \"data\" argument must be specified");
    JSValue s = js_to_string(argv[0]);
    if (s == JS_EXCEPTION) return s;
    JSUnits u = units_of(s);
    uint8_t *b = rt_alloc_atomic(u.n + 1);
    for (size_t i = 0; i < u.n; i++) {
        uint16_t c = js_units_at(&u, i);
        if (c > 255) return throw_invalid_character("Invalid character");
        b[i] = (uint8_t)c;
    }
    return js_buffer_decode(JS_ENC_BASE64, b, u.n);
}

/* forgiving-base64 decode (WHATWG) */
static JS_NATIVE(js_buffer_atob)
{
    (void)callee; (void)this_val; (void)new_target;
    if (argc < 1) return js_node_throw_code(JS_TYPE_ERROR, "ERR_MISSING_ARGS", "The \"data\" argument must be specified");
    JSValue s = js_to_string(argv[0]);
    if (s == JS_EXCEPTION) return s;
    JSUnits u = units_of(s);
    uint8_t *t = rt_alloc_atomic(u.n + 1);
    size_t n = 0, count = 0, equals = 0;
    for (size_t i = 0; i < u.n; i++) {
        uint16_t c = js_units_at(&u, i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') continue;
        bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
        if (!alpha && c != '=') return throw_invalid_character("Invalid character");
        count++;
        if (c == '=') equals++;
        else if (equals) return throw_invalid_character("Invalid character");
        if (equals > 2) return throw_invalid_character("Invalid character");
        if (alpha) t[n++] = (uint8_t)c;
    }
    size_t rem = count % 4;
    if (!rem) rem = (count - equals) % 4;
    else if (equals) return throw_invalid_character("Invalid character");
    if (rem == 1) return throw_invalid_character("The string to be decoded is not correctly encoded.");
    JSUnits tu = { t, NULL, n };
    uint8_t *out = rt_alloc_atomic(n + 3);
    size_t k = js_base64_decode(&tu, out, n);
    return js_new_string_latin1(out, k);
}

static JS_NATIVE(js_buffer_is_utf8)
{
    (void)callee; (void)this_val; (void)new_target;
    uint8_t *p;
    size_t n;
    JSValue v = js_arg(argc, argv, 0);
    if (!js_buffer_view_bytes(v, &p, &n)) {
        JSArrayBuffer *ab = js_ab_of(v);
        if (!ab) return js_node_throw_invalid_arg_type("input", "an instance of ArrayBuffer, Buffer, or TypedArray", v);
        p = ab->data;
        n = ab->byte_length;
    }
    bool ascii = callee->env->vars[0] == JS_TRUE;
    if (ascii) {
        for (size_t i = 0; i < n; i++)
            if (p[i] >= 0x80) return JS_FALSE;
        return JS_TRUE;
    }
    return js_mk_bool(js_utf8_valid(p, n));
}

static JS_NATIVE(js_buffer_copy_bytes_from)
{
    (void)callee; (void)this_val; (void)new_target;
    JSValue view = js_arg(argc, argv, 0);
    JSTypedArray *t = js_ta_of(view);
    if (!t) return js_node_throw_invalid_arg_type("view", "an instance of TypedArray", view);
    size_t es = js_ta_type_size(js_ta_type(t)), len = js_ta_length(t);
    double off = 0, cnt = (double)len;
    if (js_arg(argc, argv, 1) != JS_UNDEFINED && validate_offset(argv[1], "offset", 0, 9007199254740991.0, &off) < 0)
        return JS_EXCEPTION;
    if (off >= (double)len) return alloc_proto(buffer_proto, 0);
    if (js_arg(argc, argv, 2) != JS_UNDEFINED) {
        if (validate_offset(argv[2], "length", 0, 9007199254740991.0, &cnt) < 0) return JS_EXCEPTION;
    }
    if (off + cnt > (double)len) cnt = (double)len - off;
    uint8_t *p;
    size_t n;
    js_buffer_view_bytes(view, &p, &n);
    return js_buffer_from_bytes(p + (size_t)off * es, (size_t)cnt * es);
}

/* ---- installation ----------------------------------------------------------------------------------- */

static const JSPropDef buffer_static_props[] = {
    JS_CFUNC_DEF("from", 3, js_buffer_from_fn),
    JS_CFUNC_DEF("alloc", 3, js_buffer_alloc_fn),
    JS_CFUNC_DEF("allocUnsafe", 1, js_buffer_alloc_unsafe),
    JS_CFUNC_DEF("allocUnsafeSlow", 1, js_buffer_alloc_unsafe),
    JS_CFUNC_DEF("isBuffer", 1, js_buffer_is_buffer),
    JS_CFUNC_DEF("isEncoding", 1, js_buffer_is_encoding),
    JS_CFUNC_DEF("byteLength", 2, js_buffer_byte_length),
    JS_CFUNC_DEF("compare", 2, js_buffer_compare_static),
    JS_CFUNC_DEF("concat", 2, js_buffer_concat),
    JS_CFUNC_DEF("copyBytesFrom", 3, js_buffer_copy_bytes_from),
    JS_PROP_INT32_DEF("poolSize", 8192, JS_PROP_C_W_E),
};

static const JSPropDef buffer_proto_props[] = {
    JS_CFUNC_DEF("toString", 3, js_buffer_to_string),
    JS_CFUNC_DEF("toLocaleString", 3, js_buffer_to_string),
    JS_CFUNC_DEF("write", 4, js_buffer_write),
    JS_CFUNC_DEF("toJSON", 0, js_buffer_to_json),
    JS_CFUNC_DEF("equals", 1, js_buffer_equals),
    JS_CFUNC_DEF("compare", 5, js_buffer_compare),
    JS_CFUNC_DEF("indexOf", 3, js_buffer_index_of),
    JS_CFUNC_DEF("lastIndexOf", 3, js_buffer_last_index_of),
    JS_CFUNC_DEF("includes", 3, js_buffer_includes),
    JS_CFUNC_DEF("fill", 4, js_buffer_fill),
    JS_CFUNC_DEF("copy", 4, js_buffer_copy),
    JS_CFUNC_DEF("slice", 2, js_buffer_slice),
    JS_CFUNC_DEF("subarray", 2, js_buffer_slice),
    JS_CFUNC_DEF("swap16", 0, js_buffer_swap16),
    JS_CFUNC_DEF("swap32", 0, js_buffer_swap32),
    JS_CFUNC_DEF("swap64", 0, js_buffer_swap64),
    JS_CGETSET_DEF("parent", js_buffer_parent, NULL),
    JS_CGETSET_DEF("offset", js_buffer_offset, NULL),
    JS_CFUNC_DEF("readUInt8", 0, rd_u8), JS_CFUNC_DEF("readUint8", 0, rd_u8),
    JS_CFUNC_DEF("readUInt16LE", 0, rd_u16le), JS_CFUNC_DEF("readUint16LE", 0, rd_u16le),
    JS_CFUNC_DEF("readUInt16BE", 0, rd_u16be), JS_CFUNC_DEF("readUint16BE", 0, rd_u16be),
    JS_CFUNC_DEF("readUInt32LE", 0, rd_u32le), JS_CFUNC_DEF("readUint32LE", 0, rd_u32le),
    JS_CFUNC_DEF("readUInt32BE", 0, rd_u32be), JS_CFUNC_DEF("readUint32BE", 0, rd_u32be),
    JS_CFUNC_DEF("readInt8", 0, rd_i8),
    JS_CFUNC_DEF("readInt16LE", 0, rd_i16le), JS_CFUNC_DEF("readInt16BE", 0, rd_i16be),
    JS_CFUNC_DEF("readInt32LE", 0, rd_i32le), JS_CFUNC_DEF("readInt32BE", 0, rd_i32be),
    JS_CFUNC_DEF("readFloatLE", 0, rd_f32le), JS_CFUNC_DEF("readFloatBE", 0, rd_f32be),
    JS_CFUNC_DEF("readDoubleLE", 0, rd_f64le), JS_CFUNC_DEF("readDoubleBE", 0, rd_f64be),
    JS_CFUNC_DEF("readBigUInt64LE", 0, rd_bu64le), JS_CFUNC_DEF("readBigUint64LE", 0, rd_bu64le),
    JS_CFUNC_DEF("readBigUInt64BE", 0, rd_bu64be), JS_CFUNC_DEF("readBigUint64BE", 0, rd_bu64be),
    JS_CFUNC_DEF("readBigInt64LE", 0, rd_bi64le), JS_CFUNC_DEF("readBigInt64BE", 0, rd_bi64be),
    JS_CFUNC_DEF("readUIntLE", 2, rd_uintle), JS_CFUNC_DEF("readUintLE", 2, rd_uintle),
    JS_CFUNC_DEF("readUIntBE", 2, rd_uintbe), JS_CFUNC_DEF("readUintBE", 2, rd_uintbe),
    JS_CFUNC_DEF("readIntLE", 2, rd_intle), JS_CFUNC_DEF("readIntBE", 2, rd_intbe),
    JS_CFUNC_DEF("writeUInt8", 2, wr_u8), JS_CFUNC_DEF("writeUint8", 2, wr_u8),
    JS_CFUNC_DEF("writeUInt16LE", 2, wr_u16le), JS_CFUNC_DEF("writeUint16LE", 2, wr_u16le),
    JS_CFUNC_DEF("writeUInt16BE", 2, wr_u16be), JS_CFUNC_DEF("writeUint16BE", 2, wr_u16be),
    JS_CFUNC_DEF("writeUInt32LE", 2, wr_u32le), JS_CFUNC_DEF("writeUint32LE", 2, wr_u32le),
    JS_CFUNC_DEF("writeUInt32BE", 2, wr_u32be), JS_CFUNC_DEF("writeUint32BE", 2, wr_u32be),
    JS_CFUNC_DEF("writeInt8", 2, wr_i8),
    JS_CFUNC_DEF("writeInt16LE", 2, wr_i16le), JS_CFUNC_DEF("writeInt16BE", 2, wr_i16be),
    JS_CFUNC_DEF("writeInt32LE", 2, wr_i32le), JS_CFUNC_DEF("writeInt32BE", 2, wr_i32be),
    JS_CFUNC_DEF("writeFloatLE", 2, wr_f32le), JS_CFUNC_DEF("writeFloatBE", 2, wr_f32be),
    JS_CFUNC_DEF("writeDoubleLE", 2, wr_f64le), JS_CFUNC_DEF("writeDoubleBE", 2, wr_f64be),
    JS_CFUNC_DEF("writeBigUInt64LE", 2, wr_bu64le), JS_CFUNC_DEF("writeBigUint64LE", 2, wr_bu64le),
    JS_CFUNC_DEF("writeBigUInt64BE", 2, wr_bu64be), JS_CFUNC_DEF("writeBigUint64BE", 2, wr_bu64be),
    JS_CFUNC_DEF("writeBigInt64LE", 2, wr_bi64le), JS_CFUNC_DEF("writeBigInt64BE", 2, wr_bi64be),
    JS_CFUNC_DEF("writeUIntLE", 3, wr_uintle), JS_CFUNC_DEF("writeUintLE", 3, wr_uintle),
    JS_CFUNC_DEF("writeUIntBE", 3, wr_uintbe), JS_CFUNC_DEF("writeUintBE", 3, wr_uintbe),
    JS_CFUNC_DEF("writeIntLE", 3, wr_intle), JS_CFUNC_DEF("writeIntBE", 3, wr_intbe),
};

static void buffer_init(void)
{
    if (buffer_ctor) return;
    JSValue global = js_realm.global;
    JSValue u8 = js_get_property_str(global, "Uint8Array");
    JSValue u8proto = js_is_object(u8) ? js_get_property(u8, JS_ATOM(prototype)) : js_realm.typed_array_proto;
    if (!js_is_object(u8proto)) u8proto = js_realm.typed_array_proto;
    buffer_proto = js_new_object_proto(u8proto);
    buffer_ctor = js_new_native_constructor("Buffer", js_buffer_ctor, 3, buffer_proto);
    if (js_is_object(u8)) js_set_prototype(buffer_ctor, u8, false);
    js_install_props(buffer_ctor, buffer_static_props, JS_COUNTOF(buffer_static_props));
    js_install_props(buffer_proto, buffer_proto_props, JS_COUNTOF(buffer_proto_props));
    install_encoding_methods(buffer_proto);
    JSValue sym = js_inspect_custom_symbol();
    if (js_is_symbol(sym))
    {
        JSValue insp = js_new_native_function("inspect", js_buffer_inspect, 2);
        js_define_property_value(buffer_proto, sym, insp, JS_PROP_C_W);
        js_define_property_value_str(buffer_proto, "inspect", insp, JS_PROP_C_W);
    }
}

static JSValue lazy_b64(int which);

JSValue js_buffer_module(void)
{
    if (buffer_module) return buffer_module;
    buffer_init();
    JSValue m = js_new_object();
    js_define_property_value_str(m, "Buffer", buffer_ctor, JS_PROP_C_W_E);
    JSValue consts = js_new_object();
    js_define_property_value_str(consts, "MAX_LENGTH", js_mk_number(BUFFER_MAX_LENGTH), JS_PROP_C_W_E);
    js_define_property_value_str(consts, "MAX_STRING_LENGTH", js_mk_int32(536870888), JS_PROP_C_W_E);
    js_define_property_value_str(m, "kMaxLength", js_mk_number(BUFFER_MAX_LENGTH), JS_PROP_C_W_E);
    js_define_property_value_str(m, "kStringMaxLength", js_mk_int32(536870888), JS_PROP_C_W_E);
    js_define_property_value_str(m, "constants", consts, JS_PROP_C_W_E);
    js_define_property_value_str(m, "INSPECT_MAX_BYTES", js_mk_int32(INSPECT_MAX_BYTES), JS_PROP_C_W_E);
    js_define_property_value_str(m, "atob", lazy_b64(0), JS_PROP_C_W_E);
    js_define_property_value_str(m, "btoa", lazy_b64(1), JS_PROP_C_W_E);
    js_define_property_value_str(m, "SlowBuffer", js_new_native_function("SlowBuffer", js_buffer_alloc_unsafe, 1), JS_PROP_C_W_E);
    JSValue f = JS_FALSE, t = JS_TRUE;
    js_define_property_value_str(m, "isUtf8", js_new_native_function_data("isUtf8", js_buffer_is_utf8, 1, 1, &f), JS_PROP_C_W_E);
    js_define_property_value_str(m, "isAscii", js_new_native_function_data("isAscii", js_buffer_is_utf8, 1, 1, &t), JS_PROP_C_W_E);
    buffer_module = m;
    return m;
}

/* The global `Buffer`: an accessor until first read, then a data property. */
static JS_NATIVE(js_buffer_global_get)
{
    (void)callee; (void)this_val; (void)argc; (void)argv; (void)new_target;
    buffer_init();
    js_define_property_value_str(js_realm.global, "Buffer", buffer_ctor, JS_PROP_C_W);
    return buffer_ctor;
}

static JS_NATIVE(js_buffer_global_set)
{
    (void)callee; (void)this_val; (void)new_target;
    js_define_property_value_str(js_realm.global, "Buffer", js_arg(argc, argv, 0), JS_PROP_C_W);
    return JS_UNDEFINED;
}

/* The globals atob and btoa: enumerable accessors, as node defines them. */
static JSValue atob_fn, btoa_fn;

static JSValue lazy_b64(int which)
{
    if (which) {
        if (!btoa_fn) btoa_fn = js_new_native_function("btoa", js_buffer_btoa, 1);
        return btoa_fn;
    }
    if (!atob_fn) atob_fn = js_new_native_function("atob", js_buffer_atob, 1);
    return atob_fn;
}

static JS_NATIVE(js_b64_global_get)
{
    (void)this_val; (void)argc; (void)argv; (void)new_target;
    return lazy_b64(js_get_int32(callee->env->vars[0]));
}

static JS_NATIVE(js_b64_global_set)
{
    (void)this_val; (void)new_target;
    int which = js_get_int32(callee->env->vars[0]);
    js_define_property_value_str(js_realm.global, which ? "btoa" : "atob", js_arg(argc, argv, 0), JS_PROP_C_W_E);
    return JS_UNDEFINED;
}

void js_buffer_install_global(JSValue global)
{
    for (int which = 0; which < 2; which++) {
        JSValue d = js_mk_int32(which);
        const char *name = which ? "btoa" : "atob";
        js_define_property_getset(global, js_atom_from_cstr(name),
                                  js_new_native_function_data(which ? "get btoa" : "get atob", js_b64_global_get, 0, 1, &d),
                                  js_new_native_function_data(which ? "set btoa" : "set atob", js_b64_global_set, 1, 1, &d),
                                  JS_PROP_CONFIGURABLE | JS_PROP_ENUMERABLE);
        (void)name;
    }
    js_define_property_getset(global, js_atom_from_cstr("Buffer"),
                              js_new_native_function("get Buffer", js_buffer_global_get, 0),
                              js_new_native_function("set Buffer", js_buffer_global_set, 1),
                              JS_PROP_CONFIGURABLE);
}
