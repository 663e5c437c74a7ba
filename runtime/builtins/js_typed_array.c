/*
 * js_typed_array.c — %TypedArray% and its eleven concrete constructors
 * (§23.2), and the integer-indexed exotic object hooks (§10.4.5) that
 * object.c and ic.c call.
 *
 * A typed array is a JS_CELL_TYPED_ARRAY cell (js_typed.h) whose elements
 * live in its buffer's byte block. Every string key is first tested for
 * being a canonical numeric string ("1", "-0", "1.5", "NaN", ...): such a
 * key never reaches the shape or the prototype chain; it names an element
 * when it is a valid integer index and nothing otherwise.
 *
 * The prototype methods follow the spec step by step, because test262
 * observes the order of conversions, callbacks and the out-of-bounds checks
 * that a buffer resized or detached by user code makes necessary: methods
 * read elements through js_ta_get_index / get_k, which yield undefined for
 * an index the array no longer has, exactly as the spec's Get does.
 */
#include "builtins.h"
#include "js_typed.h"

#include <math.h>

static const char *const ta_names[JS_TA_TYPE_COUNT] = {
    "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
    "Int32Array", "Uint32Array", "Float32Array", "Float64Array",
    "BigInt64Array", "BigUint64Array",
};

static JSValue ta_ctors[JS_TA_TYPE_COUNT], ta_protos[JS_TA_TYPE_COUNT];
static JSValue typed_array_ctor;             /* %TypedArray% */
static JSValue array_iterator_next_orig;     /* for the array fast path of iterables */

const char *js_ta_type_name(JSTAType t) { return ta_names[t]; }

JSTypedArray *js_ta_of(JSValue v)
{
    if (!js_is_cell(v) || js_cell_kind(v) != JS_CELL_TYPED_ARRAY) return NULL;
    return js_cell_ptr(v);
}

static inline uint8_t *elem_ptr(JSTypedArray *t, size_t i)
{
    return t->buffer->data + t->byte_offset + i * js_ta_type_size(js_ta_type(t));
}

JSValue js_ta_load(JSTypedArray *t, size_t i)
{
    JSTAType ty = js_ta_type(t);
    uint8_t *p = elem_ptr(t, i);
    if (ty == JS_TA_BIGINT64) { int64_t v; memcpy(&v, p, 8); return js_bigint_from_int64(v); }
    if (ty == JS_TA_BIGUINT64) { uint64_t v; memcpy(&v, p, 8); return js_bigint_from_uint64(v); }
    return js_mk_number(js_ta_load_number(ty, p));
}

/* Stores an already converted value (a Number or a BigInt). */
static void store_converted(JSTypedArray *t, size_t i, JSValue num)
{
    JSTAType ty = js_ta_type(t);
    uint8_t *p = elem_ptr(t, i);
    if (js_ta_type_is_bigint(ty)) {
        uint64_t u = js_bigint_to_uint64(num);
        memcpy(p, &u, 8);
    } else {
        js_ta_store_number(ty, p, js_to_double(num));
    }
}

/* ToNumber or ToBigInt as the array's content type wants. */
static JSValue convert(JSTAType ty, JSValue v)
{
    if (js_ta_type_is_bigint(ty)) return js_to_bigint(v);
    if (js_is_number(v)) return v;
    double d;
    if (js_to_number(v, &d) < 0) return JS_EXCEPTION;
    return js_mk_double(d);
}

/* IsValidIntegerIndex. */
static bool valid_index(JSTypedArray *t, double d)
{
    if (js_ab_detached(t->buffer)) return false;
    if (d != trunc(d) || (d == 0 && signbit(d))) return false;
    return d >= 0 && d < (double)js_ta_length(t);
}

JSValue js_ta_get_index(JSTypedArray *t, double index)
{
    if (!valid_index(t, index)) return JS_UNDEFINED;
    return js_ta_load(t, (size_t)index);
}

int js_ta_set_index(JSTypedArray *t, double index, JSValue val)
{
    JSValue n = convert(js_ta_type(t), val);
    if (n == JS_EXCEPTION) return -1;
    if (valid_index(t, index)) store_converted(t, (size_t)index, n);
    return 1;
}

/* Get(O, k) for an integer k >= 0 that was valid when a method started. */
static inline JSValue get_k(JSTypedArray *t, size_t k)
{
    return k < js_ta_length(t) ? js_ta_load(t, k) : JS_UNDEFINED;
}

/* ---- the exotic hooks ------------------------------------------------------- */

bool js_canonical_numeric_index(JSAtom key, double *out)
{
    uint32_t idx;
    if (!js_is_string(key)) return false;
    if (js_atom_is_index(key, &idx)) { *out = idx; return true; }
    uint32_t n = js_string_length(key);
    if (n == 0) return false;
    uint16_t c = js_string_char_at(key, 0);
    if (!(c >= '0' && c <= '9') && c != '-' && c != 'I' && c != 'N') return false;
    if (js_string_eq_ascii(key, "-0")) { *out = -0.0; return true; }
    double d = js_string_to_number(key);
    if (!js_string_equals(js_number_to_string(d), key)) return false;
    *out = d;
    return true;
}

int js_ta_exotic_get_own(JSObject *o, JSAtom key, JSPropertyDescriptor *d)
{
    double n;
    if (!js_canonical_numeric_index(key, &n)) return -2;
    JSTypedArray *t = (JSTypedArray *)o;
    if (!valid_index(t, n)) return 0;
    if (d) {
        d->value = js_ta_load(t, (size_t)n);
        d->flags = JS_PROP_C_W_E;
        d->has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
        d->getter = d->setter = JS_UNDEFINED;
    }
    return 1;
}

int js_ta_exotic_define(JSObject *o, JSAtom key, const JSPropertyDescriptor *d, bool throw_on_fail)
{
    double n;
    if (!js_canonical_numeric_index(key, &n)) return -2;
    JSTypedArray *t = (JSTypedArray *)o;
    bool ok = valid_index(t, n);
    if (ok && (d->has & JS_DESC_HAS_CONFIGURABLE) && !(d->flags & JS_PROP_CONFIGURABLE)) ok = false;
    if (ok && (d->has & JS_DESC_HAS_ENUMERABLE) && !(d->flags & JS_PROP_ENUMERABLE)) ok = false;
    if (ok && (d->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET))) ok = false;
    if (ok && (d->has & JS_DESC_HAS_WRITABLE) && !(d->flags & JS_PROP_WRITABLE)) ok = false;
    if (!ok) {
        if (!throw_on_fail) return 0;
        js_throw_type_error("Cannot redefine property: %s", js_string_to_utf8(key, NULL));
        return -1;
    }
    if (d->has & JS_DESC_HAS_VALUE) return js_ta_set_index(t, n, d->value);
    return 1;
}

JSValue js_ta_exotic_get(JSObject *o, JSAtom key, bool *handled)
{
    double n;
    *handled = js_canonical_numeric_index(key, &n);
    if (!*handled) return JS_UNDEFINED;
    return js_ta_get_index((JSTypedArray *)o, n);
}

int js_ta_exotic_set(JSObject *o, JSAtom key, JSValue val, JSValue receiver, bool *handled)
{
    double n;
    *handled = js_canonical_numeric_index(key, &n);
    if (!*handled) return 0;
    JSTypedArray *t = (JSTypedArray *)o;
    if (js_mk_cell(o) == receiver) return js_ta_set_index(t, n, val);
    if (!valid_index(t, n)) return 1;
    *handled = false;   /* OrdinarySet: a writable data property, so set on the receiver */
    return 0;
}

int js_ta_exotic_delete(JSObject *o, JSAtom key)
{
    double n;
    if (!js_canonical_numeric_index(key, &n)) return -2;
    return valid_index((JSTypedArray *)o, n) ? 0 : 1;
}

/* ---- creation ----------------------------------------------------------------- */

static JSValue throw_oob(const char *method)
{
    return js_throw_type_error("Cannot perform %s on a detached ArrayBuffer", method);
}

static JSValue new_ta_object(JSValue new_target, JSTAType ty)
{
    JSValue obj = js_create_from_ctor(new_target, ta_protos[ty], JS_CELL_TYPED_ARRAY, sizeof(JSTypedArray));
    if (obj == JS_EXCEPTION) return obj;
    js_obj(obj)->h.extra = (uint16_t)ty;
    return obj;
}

/* AllocateTypedArrayBuffer. */
static int alloc_elements(JSValue obj, size_t len)
{
    JSTypedArray *t = js_cell_ptr(obj);
    uint64_t bytes = (uint64_t)len * js_ta_type_size(js_ta_type(t));
    if (len > ((uint64_t)1 << 32)) {
        js_throw_range_error("Invalid typed array length: %.0f", (double)len);
        return -1;
    }
    JSValue b = js_ab_allocate(JS_UNDEFINED, (size_t)bytes, 0, false);
    if (b == JS_EXCEPTION) return -1;
    t->buffer = js_cell_ptr(b);
    t->byte_offset = 0;
    t->length = len;
    return 0;
}

/* A new typed array of type ty with len zeroed elements and the intrinsic prototype. */
static JSValue create_same_type(JSTAType ty, size_t len)
{
    JSValue obj = new_ta_object(JS_UNDEFINED, ty);
    if (obj == JS_EXCEPTION || alloc_elements(obj, len) < 0) return JS_EXCEPTION;
    return obj;
}

/* The values of an iterable as a GC array (IteratorToList). */
static int iterable_to_list(JSValue src, JSValue method, JSValue **out, size_t *count)
{
    if (js_is_array(src) && method == js_realm.array_proto_values && js_array_is_dense(src) &&
        js_get_property(js_realm.array_iterator_proto, JS_ATOM(next)) == array_iterator_next_orig) {
        JSArray *a = js_arr(src);
        size_t n = a->length;
        JSValue *v = rt_alloc_cell((n + 1) * sizeof(JSValue));
        for (size_t i = 0; i < n; i++) {
            JSValue e = i < a->capacity ? a->elements[i] : JS_EMPTY;
            v[i] = e == JS_EMPTY ? js_get_index(src, (uint32_t)i) : e;
            if (v[i] == JS_EXCEPTION) return -1;
        }
        *out = v;
        *count = n;
        return 0;
    }
    JSValue it = js_call(method, src, 0, NULL);
    if (it == JS_EXCEPTION) return -1;
    if (!js_is_object(it)) { js_throw_type_error("Result of the Symbol.iterator method is not an object"); return -1; }
    JSValue next = js_get_property(it, JS_ATOM(next));
    if (next == JS_EXCEPTION) return -1;
    size_t n = 0, cap = 16;
    JSValue *v = rt_alloc_cell(cap * sizeof(JSValue));
    for (;;) {
        JSValue r = js_call(next, it, 0, NULL);
        if (r == JS_EXCEPTION) return -1;
        if (!js_is_object(r)) {
            js_throw_type_error("Iterator result %s is not an object", js_value_to_message_text(r));
            return -1;
        }
        JSValue done = js_get_property(r, JS_ATOM(done));
        if (done == JS_EXCEPTION) return -1;
        if (js_to_boolean(done)) break;
        JSValue val = js_get_property(r, JS_ATOM(value));
        if (val == JS_EXCEPTION) return -1;
        if (n == cap) {
            v = rt_realloc_cell(v, cap * sizeof(JSValue), cap * 2 * sizeof(JSValue));
            cap *= 2;
        }
        v[n++] = val;
    }
    *out = v;
    *count = n;
    return 0;
}

static JSValue ctor_from_buffer(JSValue obj, JSTAType ty, JSArrayBuffer *b, JSValue offv, JSValue lenv)
{
    JSTypedArray *t = js_cell_ptr(obj);
    uint32_t es = js_ta_type_size(ty);
    double off;
    if (js_to_integer_or_infinity(offv, &off) < 0) return JS_EXCEPTION;
    if (off < 0 || off > 9007199254740991.0)
        return js_throw_range_error("Start offset %.0f is outside the bounds of the buffer", off);
    if (fmod(off, es) != 0)
        return js_throw_range_error("start offset of %s should be a multiple of %u", ta_names[ty], es);
    uint64_t new_len = 0;
    if (lenv != JS_UNDEFINED) {
        double l;
        if (js_to_integer_or_infinity(lenv, &l) < 0) return JS_EXCEPTION;
        if (l < 0 || l > 9007199254740991.0) return js_throw_range_error("Invalid typed array length: %.0f", l);
        new_len = (uint64_t)l;
    }
    if (js_ab_detached(b)) return throw_oob("Construct");
    size_t blen = b->byte_length;
    bool fixed = !(b->o.h.flags & JS_AB_RESIZABLE);
    t->buffer = b;
    t->byte_offset = (size_t)off;
    if (lenv == JS_UNDEFINED && !fixed) {
        if (off > (double)blen)
            return js_throw_range_error("Start offset %.0f is outside the bounds of the buffer", off);
        t->o.h.flags |= JS_VIEW_LENGTH_TRACKING;
        t->length = 0;
        return obj;
    }
    if (lenv == JS_UNDEFINED) {
        if (blen % es != 0)
            return js_throw_range_error("byte length of %s should be a multiple of %u", ta_names[ty], es);
        if (off > (double)blen)
            return js_throw_range_error("Start offset %.0f is outside the bounds of the buffer", off);
        t->length = (blen - (size_t)off) / es;
    } else {
        if (off + (double)new_len * es > (double)blen)
            return js_throw_range_error("Invalid typed array length: %.0f", (double)new_len);
        t->length = (size_t)new_len;
    }
    return obj;
}

static JSValue ta_construct(JSTAType ty, int32_t argc, const JSValue *argv, JSValue new_target)
{
    if (new_target == JS_UNDEFINED) return js_throw_type_error("Constructor %s requires 'new'", ta_names[ty]);
    JSValue first = js_arg(argc, argv, 0);
    if (!js_is_object(first)) {
        double d;
        if (js_to_integer_or_infinity(first, &d) < 0) return JS_EXCEPTION;
        if (d < 0 || d > 9007199254740991.0) {
            char buf[40];
            js_dtoa(d, buf);
            return js_throw_range_error("Invalid typed array length: %s", buf);
        }
        JSValue obj = new_ta_object(new_target, ty);
        if (obj == JS_EXCEPTION || alloc_elements(obj, (size_t)d) < 0) return JS_EXCEPTION;
        return obj;
    }
    JSValue obj = new_ta_object(new_target, ty);
    if (obj == JS_EXCEPTION) return obj;
    JSTypedArray *t = js_cell_ptr(obj);
    JSTypedArray *src = js_ta_of(first);
    if (src) {
        if (js_ta_out_of_bounds(src)) return throw_oob("Construct");
        size_t len = js_ta_length(src);
        if (js_ta_type_is_bigint(js_ta_type(src)) != js_ta_type_is_bigint(ty))
            return js_throw_type_error("Content type of %s is incompatible with %s",
                                       ta_names[js_ta_type(src)], ta_names[ty]);
        if (alloc_elements(obj, len) < 0) return JS_EXCEPTION;
        if (js_ta_type(src) == ty) {
            if (len) memcpy(elem_ptr(t, 0), elem_ptr(src, 0), len * js_ta_type_size(ty));
        } else {
            for (size_t i = 0; i < len; i++) store_converted(t, i, js_ta_load(src, i));
        }
        return obj;
    }
    JSArrayBuffer *b = js_ab_of(first);
    if (b) return ctor_from_buffer(obj, ty, b, js_arg(argc, argv, 1), js_arg(argc, argv, 2));
    JSValue method = js_get_property(first, JS_SYM(iterator));
    if (method == JS_EXCEPTION) return method;
    if (!js_is_nullish(method)) {
        if (!js_is_callable(method))
            return js_throw_type_error("%s is not a function", js_value_to_message_text(method));
        JSValue *vals;
        size_t n;
        if (iterable_to_list(first, method, &vals, &n) < 0) return JS_EXCEPTION;
        if (alloc_elements(obj, n) < 0) return JS_EXCEPTION;
        for (size_t i = 0; i < n; i++)
            if (js_ta_set_index(t, (double)i, vals[i]) < 0) return JS_EXCEPTION;
        return obj;
    }
    int64_t len;
    if (js_get_length(first, &len) < 0) return JS_EXCEPTION;
    if (alloc_elements(obj, (size_t)len) < 0) return JS_EXCEPTION;
    for (int64_t i = 0; i < len; i++) {
        JSValue v = js_get_index(first, (uint32_t)i);
        if (v == JS_EXCEPTION || js_ta_set_index(t, (double)i, v) < 0) return JS_EXCEPTION;
    }
    return obj;
}

#define TA_CTOR(T)                                                         \
    static JS_NATIVE(ta_ctor_##T)                                          \
    {                                                                      \
        (void)callee; (void)this_val;                                      \
        return ta_construct(T, argc, argv, new_target);                    \
    }
TA_CTOR(JS_TA_INT8) TA_CTOR(JS_TA_UINT8) TA_CTOR(JS_TA_UINT8C) TA_CTOR(JS_TA_INT16)
TA_CTOR(JS_TA_UINT16) TA_CTOR(JS_TA_INT32) TA_CTOR(JS_TA_UINT32) TA_CTOR(JS_TA_FLOAT32)
TA_CTOR(JS_TA_FLOAT64) TA_CTOR(JS_TA_BIGINT64) TA_CTOR(JS_TA_BIGUINT64)

static const JSCode ta_ctor_fns[JS_TA_TYPE_COUNT] = {
    ta_ctor_JS_TA_INT8, ta_ctor_JS_TA_UINT8, ta_ctor_JS_TA_UINT8C, ta_ctor_JS_TA_INT16,
    ta_ctor_JS_TA_UINT16, ta_ctor_JS_TA_INT32, ta_ctor_JS_TA_UINT32, ta_ctor_JS_TA_FLOAT32,
    ta_ctor_JS_TA_FLOAT64, ta_ctor_JS_TA_BIGINT64, ta_ctor_JS_TA_BIGUINT64,
};

static JS_NATIVE(js_typed_array_abstract)
{
    (void)callee; (void)this_val; (void)argc; (void)argv; (void)new_target;
    return js_throw_type_error("Abstract class TypedArray not directly constructable");
}

/* TypedArrayCreateFromConstructor: Construct, ValidateTypedArray, and the
 * length check when the one argument is a length. */
static JSValue create_from_ctor(JSValue c, int32_t argc, const JSValue *argv)
{
    JSValue r = js_construct(c, argc, argv, c);
    if (r == JS_EXCEPTION) return r;
    JSTypedArray *t = js_ta_of(r);
    if (!t) return js_throw_type_error("this is not a typed array.");
    if (js_ta_out_of_bounds(t)) return throw_oob("Construct");
    if (argc == 1 && js_is_number(argv[0]) && (double)js_ta_length(t) < js_to_double(argv[0]))
        return js_throw_type_error("Derived TypedArray constructor created an array which was too small");
    return r;
}

/* TypedArraySpeciesCreate. */
static JSValue species_create(JSTypedArray *exemplar, int32_t argc, const JSValue *argv)
{
    JSTAType ty = js_ta_type(exemplar);
    JSValue c = js_species_constructor(js_mk_cell(exemplar), ta_ctors[ty]);
    if (c == JS_EXCEPTION) return c;
    JSValue r = create_from_ctor(c, argc, argv);
    if (r == JS_EXCEPTION) return r;
    if (js_ta_type_is_bigint(js_ta_type(js_ta_of(r))) != js_ta_type_is_bigint(ty))
        return js_throw_type_error("Content type of the species constructor's result is incompatible");
    return r;
}

static JSValue size_num(size_t n) { return js_mk_number((double)n); }

/* ---- %TypedArray%.from / of ---------------------------------------------------- */

static JS_NATIVE(js_ta_from)
{
    (void)callee; (void)new_target;
    JSValue c = this_val, source = js_arg(argc, argv, 0), mapfn = js_arg(argc, argv, 1);
    JSValue this_arg = js_arg(argc, argv, 2);
    if (!js_is_constructor(c)) return js_throw_type_error("%s is not a constructor", js_value_to_message_text(c));
    bool mapping = mapfn != JS_UNDEFINED;
    if (mapping && !js_is_callable(mapfn))
        return js_throw_type_error("%s is not a function", js_value_to_message_text(mapfn));
    if (js_is_nullish(source)) return js_throw_type_error("Cannot convert undefined or null to object");
    JSValue method = js_get_property(source, JS_SYM(iterator));
    if (method == JS_EXCEPTION) return method;
    if (!js_is_nullish(method)) {
        if (!js_is_callable(method))
            return js_throw_type_error("%s is not a function", js_value_to_message_text(method));
        JSValue *vals;
        size_t n;
        if (iterable_to_list(source, method, &vals, &n) < 0) return JS_EXCEPTION;
        JSValue lenv = size_num(n);
        JSValue target = create_from_ctor(c, 1, &lenv);
        if (target == JS_EXCEPTION) return target;
        for (size_t k = 0; k < n; k++) {
            JSValue v = vals[k];
            if (mapping) {
                JSValue args[2] = { v, size_num(k) };
                v = js_call(mapfn, this_arg, 2, args);
                if (v == JS_EXCEPTION) return v;
            }
            if (js_set_index(target, (uint32_t)k, v, true) < 0) return JS_EXCEPTION;
        }
        return target;
    }
    JSValue src = js_to_object(source);
    if (src == JS_EXCEPTION) return src;
    int64_t len;
    if (js_get_length(src, &len) < 0) return JS_EXCEPTION;
    JSValue lenv = js_mk_number((double)len);
    JSValue target = create_from_ctor(c, 1, &lenv);
    if (target == JS_EXCEPTION) return target;
    for (int64_t k = 0; k < len; k++) {
        JSValue v = js_get_index(src, (uint32_t)k);
        if (v == JS_EXCEPTION) return v;
        if (mapping) {
            JSValue args[2] = { v, js_mk_number((double)k) };
            v = js_call(mapfn, this_arg, 2, args);
            if (v == JS_EXCEPTION) return v;
        }
        if (js_set_index(target, (uint32_t)k, v, true) < 0) return JS_EXCEPTION;
    }
    return target;
}

static JS_NATIVE(js_ta_of_fn)
{
    (void)callee; (void)new_target;
    JSValue c = this_val;
    if (!js_is_constructor(c)) return js_throw_type_error("%s is not a constructor", js_value_to_message_text(c));
    JSValue lenv = js_mk_int32(argc);
    JSValue target = create_from_ctor(c, 1, &lenv);
    if (target == JS_EXCEPTION) return target;
    for (int32_t k = 0; k < argc; k++)
        if (js_set_index(target, (uint32_t)k, argv[k], true) < 0) return JS_EXCEPTION;
    return target;
}

static JS_NATIVE(js_ta_species)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    return this_val;
}

/* ---- prototype helpers ------------------------------------------------------------ */

/* ValidateTypedArray: `this` is a typed array that is in bounds. */
static JSTypedArray *validate(JSValue v, const char *method, size_t *len)
{
    JSTypedArray *t = js_ta_of(v);
    if (!t) {
        js_throw_type_error("this is not a typed array.");
        return NULL;
    }
    if (js_ta_out_of_bounds(t)) {
        js_throw_type_error("Cannot perform %%TypedArray%%.prototype.%s on a detached ArrayBuffer", method);
        return NULL;
    }
    *len = js_ta_length(t);
    return t;
}

#define VALIDATE(name)                                                    \
    size_t len;                                                           \
    JSTypedArray *t = validate(this_val, name, &len);                     \
    if (!t) return JS_EXCEPTION;                                          \
    (void)callee; (void)new_target

static JSValue callback_arg(int32_t argc, const JSValue *argv)
{
    JSValue f = js_arg(argc, argv, 0);
    if (!js_is_callable(f)) return js_throw_type_error("%s is not a function", js_value_to_message_text(f));
    return f;
}

static int relative(int32_t argc, const JSValue *argv, int32_t i, size_t len, size_t dflt, size_t *out)
{
    int64_t r;
    if (js_arg_relative_index(argc, argv, i, (int64_t)len, (int64_t)dflt, &r) < 0) return -1;
    *out = (size_t)r;
    return 0;
}

/* ---- getters ------------------------------------------------------------------------ */

static JSTypedArray *this_ta(JSValue v, const char *what)
{
    JSTypedArray *t = js_ta_of(v);
    if (!t) js_throw_type_error("Method get TypedArray.prototype.%s called on incompatible receiver %s",
                                what, js_value_to_message_text(v));
    return t;
}

static JS_NATIVE(js_ta_buffer)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    JSTypedArray *t = this_ta(this_val, "buffer");
    return t ? js_mk_cell(t->buffer) : JS_EXCEPTION;
}

static JS_NATIVE(js_ta_byte_length)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    JSTypedArray *t = this_ta(this_val, "byteLength");
    return t ? size_num(js_ta_length(t) * js_ta_type_size(js_ta_type(t))) : JS_EXCEPTION;
}

static JS_NATIVE(js_ta_byte_offset)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    JSTypedArray *t = this_ta(this_val, "byteOffset");
    if (!t) return JS_EXCEPTION;
    return size_num(js_ta_out_of_bounds(t) ? 0 : t->byte_offset);
}

static JS_NATIVE(js_ta_length_getter)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    JSTypedArray *t = this_ta(this_val, "length");
    return t ? size_num(js_ta_length(t)) : JS_EXCEPTION;
}

static JS_NATIVE(js_ta_to_string_tag)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    JSTypedArray *t = js_ta_of(this_val);
    return t ? js_str_c(ta_names[js_ta_type(t)]) : JS_UNDEFINED;
}

/* ---- iteration methods -------------------------------------------------------------- */

static JS_NATIVE(js_ta_values)
{
    VALIDATE("values");
    (void)argc; (void)argv; (void)len;
    return js_create_array_iterator(this_val, 1);
}

static JS_NATIVE(js_ta_keys)
{
    VALIDATE("keys");
    (void)argc; (void)argv; (void)len;
    return js_create_array_iterator(this_val, 0);
}

static JS_NATIVE(js_ta_entries)
{
    VALIDATE("entries");
    (void)argc; (void)argv; (void)len;
    return js_create_array_iterator(this_val, 2);
}

/* every / some / forEach / find / findIndex / findLast / findLastIndex */
enum { IT_EVERY, IT_SOME, IT_FOR_EACH, IT_FIND, IT_FIND_INDEX, IT_FIND_LAST, IT_FIND_LAST_INDEX };

static JSValue iterate(JSValue this_val, int32_t argc, const JSValue *argv, int mode, const char *name)
{
    size_t len;
    JSTypedArray *t = validate(this_val, name, &len);
    if (!t) return JS_EXCEPTION;
    JSValue f = callback_arg(argc, argv);
    if (f == JS_EXCEPTION) return f;
    JSValue this_arg = js_arg(argc, argv, 1);
    bool backwards = mode == IT_FIND_LAST || mode == IT_FIND_LAST_INDEX;
    for (size_t i = 0; i < len; i++) {
        size_t k = backwards ? len - 1 - i : i;
        JSValue v = get_k(t, k);
        JSValue args[3] = { v, size_num(k), this_val };
        JSValue r = js_call(f, this_arg, 3, args);
        if (r == JS_EXCEPTION) return r;
        bool b = js_to_boolean(r);
        switch (mode) {
        case IT_EVERY: if (!b) return JS_FALSE; break;
        case IT_SOME: if (b) return JS_TRUE; break;
        case IT_FIND: case IT_FIND_LAST: if (b) return v; break;
        case IT_FIND_INDEX: case IT_FIND_LAST_INDEX: if (b) return size_num(k); break;
        default: break;
        }
    }
    switch (mode) {
    case IT_EVERY: return JS_TRUE;
    case IT_SOME: return JS_FALSE;
    case IT_FIND_INDEX: case IT_FIND_LAST_INDEX: return js_mk_int32(-1);
    default: return JS_UNDEFINED;
    }
}

#define ITER_FN(fn, mode, name)                                                   \
    static JS_NATIVE(fn)                                                          \
    {                                                                             \
        (void)callee; (void)new_target;                                           \
        return iterate(this_val, argc, argv, mode, name);                         \
    }
ITER_FN(js_ta_every, IT_EVERY, "every")
ITER_FN(js_ta_some, IT_SOME, "some")
ITER_FN(js_ta_for_each, IT_FOR_EACH, "forEach")
ITER_FN(js_ta_find, IT_FIND, "find")
ITER_FN(js_ta_find_index, IT_FIND_INDEX, "findIndex")
ITER_FN(js_ta_find_last, IT_FIND_LAST, "findLast")
ITER_FN(js_ta_find_last_index, IT_FIND_LAST_INDEX, "findLastIndex")

static JS_NATIVE(js_ta_at)
{
    VALIDATE("at");
    double rel;
    if (js_arg_integer(argc, argv, 0, &rel) < 0) return JS_EXCEPTION;
    double k = rel >= 0 ? rel : (double)len + rel;
    if (k < 0 || k >= (double)len) return JS_UNDEFINED;
    return js_ta_get_index(t, k);
}

static JS_NATIVE(js_ta_fill)
{
    VALIDATE("fill");
    JSValue v = convert(js_ta_type(t), js_arg(argc, argv, 0));
    if (v == JS_EXCEPTION) return v;
    size_t k, final;
    if (relative(argc, argv, 1, len, 0, &k) < 0 || relative(argc, argv, 2, len, len, &final) < 0)
        return JS_EXCEPTION;
    if (js_ta_out_of_bounds(t)) return throw_oob("%TypedArray%.prototype.fill");
    len = js_ta_length(t);
    if (final > len) final = len;
    for (; k < final; k++) store_converted(t, k, v);
    return this_val;
}

static JS_NATIVE(js_ta_filter)
{
    VALIDATE("filter");
    JSValue f = callback_arg(argc, argv);
    if (f == JS_EXCEPTION) return f;
    JSValue this_arg = js_arg(argc, argv, 1);
    JSValue *kept = rt_alloc_cell((len + 1) * sizeof(JSValue));
    size_t n = 0;
    for (size_t k = 0; k < len; k++) {
        JSValue v = get_k(t, k);
        JSValue args[3] = { v, size_num(k), this_val };
        JSValue r = js_call(f, this_arg, 3, args);
        if (r == JS_EXCEPTION) return r;
        if (js_to_boolean(r)) kept[n++] = v;
    }
    JSValue nv = size_num(n);
    JSValue a = species_create(t, 1, &nv);
    if (a == JS_EXCEPTION) return a;
    for (size_t k = 0; k < n; k++)
        if (js_ta_set_index(js_ta_of(a), (double)k, kept[k]) < 0) return JS_EXCEPTION;
    return a;
}

static JS_NATIVE(js_ta_map)
{
    VALIDATE("map");
    JSValue f = callback_arg(argc, argv);
    if (f == JS_EXCEPTION) return f;
    JSValue this_arg = js_arg(argc, argv, 1);
    JSValue lv = size_num(len);
    JSValue a = species_create(t, 1, &lv);
    if (a == JS_EXCEPTION) return a;
    for (size_t k = 0; k < len; k++) {
        JSValue args[3] = { get_k(t, k), size_num(k), this_val };
        JSValue r = js_call(f, this_arg, 3, args);
        if (r == JS_EXCEPTION) return r;
        if (js_ta_set_index(js_ta_of(a), (double)k, r) < 0) return JS_EXCEPTION;
    }
    return a;
}

static JSValue reduce(JSValue this_val, int32_t argc, const JSValue *argv, bool right)
{
    size_t len;
    JSTypedArray *t = validate(this_val, right ? "reduceRight" : "reduce", &len);
    if (!t) return JS_EXCEPTION;
    JSValue f = callback_arg(argc, argv);
    if (f == JS_EXCEPTION) return f;
    size_t i = 0;
    JSValue acc;
    if (argc >= 2) {
        acc = argv[1];
    } else {
        if (len == 0) return js_throw_type_error("Reduce of empty array with no initial value");
        acc = get_k(t, right ? len - 1 : 0);
        i = 1;
    }
    for (; i < len; i++) {
        size_t k = right ? len - 1 - i : i;
        JSValue args[4] = { acc, get_k(t, k), size_num(k), this_val };
        acc = js_call(f, JS_UNDEFINED, 4, args);
        if (acc == JS_EXCEPTION) return acc;
    }
    return acc;
}

static JS_NATIVE(js_ta_reduce) { (void)callee; (void)new_target; return reduce(this_val, argc, argv, false); }
static JS_NATIVE(js_ta_reduce_right) { (void)callee; (void)new_target; return reduce(this_val, argc, argv, true); }

/* ---- searching -------------------------------------------------------------------------- */

static JS_NATIVE(js_ta_includes)
{
    VALIDATE("includes");
    if (len == 0) return JS_FALSE;
    double n;
    if (js_arg_integer(argc, argv, 1, &n) < 0) return JS_EXCEPTION;
    if (n == INFINITY) return JS_FALSE;
    if (n == -INFINITY) n = 0;
    double k = n >= 0 ? n : (double)len + n;
    if (k < 0) k = 0;
    JSValue s = js_arg(argc, argv, 0);
    for (size_t i = (size_t)k; i < len; i++)
        if (js_same_value_zero(get_k(t, i), s)) return JS_TRUE;
    return JS_FALSE;
}

static JS_NATIVE(js_ta_index_of)
{
    VALIDATE("indexOf");
    if (len == 0) return js_mk_int32(-1);
    double n;
    if (js_arg_integer(argc, argv, 1, &n) < 0) return JS_EXCEPTION;
    if (n == INFINITY) return js_mk_int32(-1);
    if (n == -INFINITY) n = 0;
    double k = n >= 0 ? n : (double)len + n;
    if (k < 0) k = 0;
    JSValue s = js_arg(argc, argv, 0);
    for (size_t i = (size_t)k; i < len; i++) {
        if (i >= js_ta_length(t)) break;   /* HasProperty fails from here on */
        if (js_strict_equals(js_ta_load(t, i), s)) return size_num(i);
    }
    return js_mk_int32(-1);
}

static JS_NATIVE(js_ta_last_index_of)
{
    VALIDATE("lastIndexOf");
    if (len == 0) return js_mk_int32(-1);
    double n = (double)len - 1;
    if (argc >= 2 && js_arg_integer(argc, argv, 1, &n) < 0) return JS_EXCEPTION;
    if (n == -INFINITY) return js_mk_int32(-1);
    double k = n >= 0 ? (n < (double)len - 1 ? n : (double)len - 1) : (double)len + n;
    JSValue s = js_arg(argc, argv, 0);
    for (; k >= 0; k--) {
        size_t i = (size_t)k;
        if (i < js_ta_length(t) && js_strict_equals(js_ta_load(t, i), s)) return size_num(i);
    }
    return js_mk_int32(-1);
}

static JSValue join(JSValue this_val, int32_t argc, const JSValue *argv, bool locale)
{
    size_t len;
    JSTypedArray *t = validate(this_val, locale ? "toLocaleString" : "join", &len);
    if (!t) return JS_EXCEPTION;
    JSValue sep = js_str_c(",");
    if (!locale && js_arg(argc, argv, 0) != JS_UNDEFINED) {
        sep = js_to_string(argv[0]);
        if (sep == JS_EXCEPTION) return sep;
    }
    JSStringBuilder sb;
    js_sb_init(&sb);
    for (size_t k = 0; k < len; k++) {
        if (k > 0) js_sb_put_string(&sb, sep);
        JSValue v = get_k(t, k);
        if (v == JS_UNDEFINED) continue;
        if (locale) {
            v = js_call_method(v, JS_ATOM(toLocaleString), 0, NULL);
            if (v == JS_EXCEPTION) return v;
        }
        JSValue s = js_to_string(v);
        if (s == JS_EXCEPTION) return s;
        js_sb_put_string(&sb, s);
    }
    return js_sb_finish(&sb);
}

static JS_NATIVE(js_ta_join) { (void)callee; (void)new_target; return join(this_val, argc, argv, false); }
static JS_NATIVE(js_ta_to_locale_string) { (void)callee; (void)new_target; return join(this_val, argc, argv, true); }

/* ---- reordering ------------------------------------------------------------------------- */

static JS_NATIVE(js_ta_reverse)
{
    VALIDATE("reverse");
    (void)argc; (void)argv;
    uint32_t es = js_ta_type_size(js_ta_type(t));
    uint8_t tmp[8];
    for (size_t lo = 0, hi = len ? len - 1 : 0; lo < hi; lo++, hi--) {
        memcpy(tmp, elem_ptr(t, lo), es);
        memcpy(elem_ptr(t, lo), elem_ptr(t, hi), es);
        memcpy(elem_ptr(t, hi), tmp, es);
    }
    return this_val;
}

static JS_NATIVE(js_ta_to_reversed)
{
    VALIDATE("toReversed");
    (void)argc; (void)argv;
    JSValue a = create_same_type(js_ta_type(t), len);
    if (a == JS_EXCEPTION) return a;
    for (size_t k = 0; k < len; k++) store_converted(js_ta_of(a), k, js_ta_load(t, len - 1 - k));
    return a;
}

static JS_NATIVE(js_ta_copy_within)
{
    VALIDATE("copyWithin");
    size_t to, from, final;
    if (relative(argc, argv, 0, len, 0, &to) < 0 || relative(argc, argv, 1, len, 0, &from) < 0 ||
        relative(argc, argv, 2, len, len, &final) < 0)
        return JS_EXCEPTION;
    if (final <= from || to >= len) return this_val;
    size_t count = final - from;
    if (count > len - to) count = len - to;
    if (js_ta_out_of_bounds(t)) return throw_oob("%TypedArray%.prototype.copyWithin");
    len = js_ta_length(t);
    uint32_t es = js_ta_type_size(js_ta_type(t));
    size_t limit = len * es, tb = to * es, fb = from * es, cb = count * es;
    if (fb >= limit || tb >= limit) return this_val;
    if (cb > limit - fb) cb = limit - fb;
    if (cb > limit - tb) cb = limit - tb;
    uint8_t *base = t->buffer->data + t->byte_offset;
    memmove(base + tb, base + fb, cb);
    return this_val;
}

/* SortCompare for typed arrays: the comparator or the numeric order with
 * -0 before +0 and NaN last. */
typedef struct SortCtx { JSValue cmp; } SortCtx;

static int sort_cmp(SortCtx *c, JSValue x, JSValue y, int *out)
{
    if (c->cmp != JS_UNDEFINED) {
        JSValue args[2] = { x, y };
        JSValue r = js_call(c->cmp, JS_UNDEFINED, 2, args);
        if (r == JS_EXCEPTION) return -1;
        double d;
        if (js_to_number(r, &d) < 0) return -1;
        *out = d < 0 ? -1 : d > 0 ? 1 : 0;
        return 0;
    }
    if (js_is_bigint(x)) { *out = js_bigint_compare(x, y); return 0; }
    double a = js_to_double(x), b = js_to_double(y);
    if (a != a) { *out = b != b ? 0 : 1; return 0; }
    if (b != b) { *out = -1; return 0; }
    if (a < b) { *out = -1; return 0; }
    if (a > b) { *out = 1; return 0; }
    if (a == 0 && b == 0) { *out = signbit(a) && !signbit(b) ? -1 : (!signbit(a) && signbit(b)) ? 1 : 0; return 0; }
    *out = 0;
    return 0;
}

static int merge_sort(SortCtx *c, JSValue *v, JSValue *tmp, size_t n)
{
    if (n < 2) return 0;
    size_t h = n / 2;
    if (merge_sort(c, v, tmp, h) < 0 || merge_sort(c, v + h, tmp, n - h) < 0) return -1;
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) {
        int r;
        if (sort_cmp(c, v[j], v[i], &r) < 0) return -1;
        tmp[k++] = r < 0 ? v[j++] : v[i++];
    }
    while (i < h) tmp[k++] = v[i++];
    while (j < n) tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof(JSValue));
    return 0;
}

static JSValue *sorted_values(JSTypedArray *t, size_t len, JSValue cmp)
{
    JSValue *v = rt_alloc_cell((len + 1) * sizeof(JSValue));
    JSValue *tmp = rt_alloc_cell((len + 1) * sizeof(JSValue));
    for (size_t k = 0; k < len; k++) v[k] = js_ta_load(t, k);
    SortCtx c = { cmp };
    if (merge_sort(&c, v, tmp, len) < 0) return NULL;
    return v;
}

static JS_NATIVE(js_ta_sort)
{
    (void)callee; (void)new_target;
    JSValue cmp = js_arg(argc, argv, 0);
    if (cmp != JS_UNDEFINED && !js_is_callable(cmp))
        return js_throw_type_error("The comparison function must be either a function or undefined");
    size_t len;
    JSTypedArray *t = validate(this_val, "sort", &len);
    if (!t) return JS_EXCEPTION;
    JSValue *v = sorted_values(t, len, cmp);
    if (!v) return JS_EXCEPTION;
    for (size_t k = 0; k < len && k < js_ta_length(t); k++) store_converted(t, k, v[k]);
    return this_val;
}

static JS_NATIVE(js_ta_to_sorted)
{
    (void)callee; (void)new_target;
    JSValue cmp = js_arg(argc, argv, 0);
    if (cmp != JS_UNDEFINED && !js_is_callable(cmp))
        return js_throw_type_error("The comparison function must be either a function or undefined");
    size_t len;
    JSTypedArray *t = validate(this_val, "toSorted", &len);
    if (!t) return JS_EXCEPTION;
    JSValue a = create_same_type(js_ta_type(t), len);
    if (a == JS_EXCEPTION) return a;
    JSValue *v = sorted_values(t, len, cmp);
    if (!v) return JS_EXCEPTION;
    for (size_t k = 0; k < len; k++) store_converted(js_ta_of(a), k, v[k]);
    return a;
}

static JS_NATIVE(js_ta_with)
{
    VALIDATE("with");
    double rel;
    if (js_arg_integer(argc, argv, 0, &rel) < 0) return JS_EXCEPTION;
    double idx = rel >= 0 ? rel : (double)len + rel;
    JSValue v = convert(js_ta_type(t), js_arg(argc, argv, 1));
    if (v == JS_EXCEPTION) return v;
    if (!valid_index(t, idx)) return js_throw_range_error("Invalid typed array index");
    JSValue a = create_same_type(js_ta_type(t), len);
    if (a == JS_EXCEPTION) return a;
    for (size_t k = 0; k < len; k++) {
        JSValue e = (double)k == idx ? v : get_k(t, k);
        if (js_ta_set_index(js_ta_of(a), (double)k, e) < 0) return JS_EXCEPTION;
    }
    return a;
}

/* ---- set, slice, subarray ---------------------------------------------------------------- */

static JS_NATIVE(js_ta_set)
{
    (void)callee; (void)new_target;
    JSTypedArray *t = js_ta_of(this_val);
    if (!t) return js_throw_type_error("this is not a typed array.");
    double off;
    if (js_arg_integer(argc, argv, 1, &off) < 0) return JS_EXCEPTION;
    if (off < 0) return js_throw_range_error("offset is out of bounds");
    JSValue source = js_arg(argc, argv, 0);
    JSTypedArray *src = js_ta_of(source);
    if (src) {
        if (js_ta_out_of_bounds(t) || js_ta_out_of_bounds(src)) return throw_oob("%TypedArray%.prototype.set");
        size_t tlen = js_ta_length(t), slen = js_ta_length(src);
        JSTAType tt = js_ta_type(t), st = js_ta_type(src);
        if (js_ta_type_is_bigint(tt) != js_ta_type_is_bigint(st))
            return js_throw_type_error("Content type of %s is incompatible with %s", ta_names[st], ta_names[tt]);
        if (off == INFINITY || (double)slen + off > (double)tlen)
            return js_throw_range_error("offset is out of bounds");
        size_t o = (size_t)off;
        if (st == tt) {
            if (slen) memmove(elem_ptr(t, o), elem_ptr(src, 0), slen * js_ta_type_size(st));
            return JS_UNDEFINED;
        }
        /* different types: read everything first, the buffers may overlap */
        JSValue *vals = rt_alloc_cell((slen + 1) * sizeof(JSValue));
        for (size_t k = 0; k < slen; k++) vals[k] = js_ta_load(src, k);
        for (size_t k = 0; k < slen; k++) store_converted(t, o + k, vals[k]);
        return JS_UNDEFINED;
    }
    if (js_ta_out_of_bounds(t)) return throw_oob("%TypedArray%.prototype.set");
    size_t tlen = js_ta_length(t);
    JSValue s = js_to_object(source);
    if (s == JS_EXCEPTION) return s;
    int64_t slen;
    if (js_get_length(s, &slen) < 0) return JS_EXCEPTION;
    if (off == INFINITY || (double)slen + off > (double)tlen)
        return js_throw_range_error("offset is out of bounds");
    for (int64_t k = 0; k < slen; k++) {
        JSValue v = js_get_index(s, (uint32_t)k);
        if (v == JS_EXCEPTION) return v;
        if (js_ta_set_index(t, off + (double)k, v) < 0) return JS_EXCEPTION;
    }
    return JS_UNDEFINED;
}

static JS_NATIVE(js_ta_slice)
{
    VALIDATE("slice");
    size_t start, final;
    if (relative(argc, argv, 0, len, 0, &start) < 0 || relative(argc, argv, 1, len, len, &final) < 0)
        return JS_EXCEPTION;
    size_t count = final > start ? final - start : 0;
    JSValue cv = size_num(count);
    JSValue a = species_create(t, 1, &cv);
    if (a == JS_EXCEPTION) return a;
    if (count > 0) {
        if (js_ta_out_of_bounds(t)) return throw_oob("%TypedArray%.prototype.slice");
        len = js_ta_length(t);
        if (final > len) final = len;
        count = final > start ? final - start : 0;
        JSTypedArray *at = js_ta_of(a);
        if (js_ta_type(at) == js_ta_type(t)) {
            uint32_t es = js_ta_type_size(js_ta_type(t));
            /* byte copy, bounded by what the target still has */
            size_t bytes = count * es, room = js_ta_length(at) * es;
            if (bytes > room) bytes = room;
            if (bytes) memmove(at->buffer->data + at->byte_offset, elem_ptr(t, start), bytes);
        } else {
            for (size_t n = 0, k = start; k < final; k++, n++)
                if (js_ta_set_index(at, (double)n, get_k(t, k)) < 0) return JS_EXCEPTION;
        }
    }
    return a;
}

static JS_NATIVE(js_ta_subarray)
{
    (void)callee; (void)new_target;
    JSTypedArray *t = js_ta_of(this_val);
    if (!t) return js_throw_type_error("this is not a typed array.");
    size_t len = js_ta_length(t);
    size_t start, final = len;
    if (relative(argc, argv, 0, len, 0, &start) < 0) return JS_EXCEPTION;
    uint32_t es = js_ta_type_size(js_ta_type(t));
    double begin = (double)t->byte_offset + (double)start * es;
    JSValue args[3] = { js_mk_cell(t->buffer), js_mk_number(begin), JS_UNDEFINED };
    if ((t->o.h.flags & JS_VIEW_LENGTH_TRACKING) && js_arg(argc, argv, 1) == JS_UNDEFINED)
        return species_create(t, 2, args);
    if (relative(argc, argv, 1, len, len, &final) < 0) return JS_EXCEPTION;
    args[2] = size_num(final > start ? final - start : 0);
    return species_create(t, 3, args);
}

/* ---- installation --------------------------------------------------------------------------- */

static const JSPropDef ta_ctor_props[] = {
    JS_CFUNC_DEF("from", 1, js_ta_from),
    JS_CFUNC_DEF("of", 0, js_ta_of_fn),
    JS_CGETSET_DEF("[Symbol.species]", js_ta_species, NULL),
};

static const JSPropDef ta_proto_props[] = {
    JS_CGETSET_DEF("buffer", js_ta_buffer, NULL),
    JS_CGETSET_DEF("byteLength", js_ta_byte_length, NULL),
    JS_CGETSET_DEF("byteOffset", js_ta_byte_offset, NULL),
    JS_CGETSET_DEF("length", js_ta_length_getter, NULL),
    JS_CGETSET_DEF("[Symbol.toStringTag]", js_ta_to_string_tag, NULL),
    JS_CFUNC_DEF("at", 1, js_ta_at),
    JS_CFUNC_DEF("copyWithin", 2, js_ta_copy_within),
    JS_CFUNC_DEF("entries", 0, js_ta_entries),
    JS_CFUNC_DEF("every", 1, js_ta_every),
    JS_CFUNC_DEF("fill", 1, js_ta_fill),
    JS_CFUNC_DEF("filter", 1, js_ta_filter),
    JS_CFUNC_DEF("find", 1, js_ta_find),
    JS_CFUNC_DEF("findIndex", 1, js_ta_find_index),
    JS_CFUNC_DEF("findLast", 1, js_ta_find_last),
    JS_CFUNC_DEF("findLastIndex", 1, js_ta_find_last_index),
    JS_CFUNC_DEF("forEach", 1, js_ta_for_each),
    JS_CFUNC_DEF("includes", 1, js_ta_includes),
    JS_CFUNC_DEF("indexOf", 1, js_ta_index_of),
    JS_CFUNC_DEF("join", 1, js_ta_join),
    JS_CFUNC_DEF("keys", 0, js_ta_keys),
    JS_CFUNC_DEF("lastIndexOf", 1, js_ta_last_index_of),
    JS_CFUNC_DEF("map", 1, js_ta_map),
    JS_CFUNC_DEF("reduce", 1, js_ta_reduce),
    JS_CFUNC_DEF("reduceRight", 1, js_ta_reduce_right),
    JS_CFUNC_DEF("reverse", 0, js_ta_reverse),
    JS_CFUNC_DEF("set", 1, js_ta_set),
    JS_CFUNC_DEF("slice", 2, js_ta_slice),
    JS_CFUNC_DEF("some", 1, js_ta_some),
    JS_CFUNC_DEF("sort", 1, js_ta_sort),
    JS_CFUNC_DEF("subarray", 2, js_ta_subarray),
    JS_CFUNC_DEF("toLocaleString", 0, js_ta_to_locale_string),
    JS_CFUNC_DEF("toReversed", 0, js_ta_to_reversed),
    JS_CFUNC_DEF("toSorted", 1, js_ta_to_sorted),
    JS_CFUNC_DEF("values", 0, js_ta_values),
    JS_CFUNC_DEF("with", 2, js_ta_with),
};

void js_init_typed_array(JSValue global)
{
    array_iterator_next_orig = js_get_property(js_realm.array_iterator_proto, JS_ATOM(next));
    if (!js_is_object(js_realm.typed_array_proto))
        js_realm.typed_array_proto = js_new_object_proto(js_realm.object_proto);
    JSValue proto = js_realm.typed_array_proto;
    typed_array_ctor = js_new_native_constructor("TypedArray", js_typed_array_abstract, 0, proto);
    js_install_props(typed_array_ctor, ta_ctor_props, JS_COUNTOF(ta_ctor_props));
    js_install_props(proto, ta_proto_props, JS_COUNTOF(ta_proto_props));
    js_define_property_value(proto, JS_SYM(iterator), js_get_property_str(proto, "values"), JS_PROP_C_W);
    js_define_property_value(proto, JS_ATOM(toString),
                             js_get_property(js_realm.array_proto, JS_ATOM(toString)), JS_PROP_C_W);

    for (int ty = 0; ty < JS_TA_TYPE_COUNT; ty++) {
        JSValue p = js_new_object_proto(proto);
        ta_protos[ty] = p;
        JSValue c = js_new_native_constructor(ta_names[ty], ta_ctor_fns[ty], 3, p);
        js_set_prototype(c, typed_array_ctor, false);
        ta_ctors[ty] = c;
        JSValue bpe = js_mk_int32((int32_t)js_ta_type_size((JSTAType)ty));
        js_define_property_value_str(c, "BYTES_PER_ELEMENT", bpe, 0);
        js_define_property_value_str(p, "BYTES_PER_ELEMENT", bpe, 0);
        js_define_global(global, ta_names[ty], c);
    }
}
