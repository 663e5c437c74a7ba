/*
 * js_array_buffer.c — ArrayBuffer (§25.1) and SharedArrayBuffer (§25.2),
 * resizable and growable ones included.
 *
 * Both kinds are JS_CELL_ARRAY_BUFFER cells (js_typed.h); JS_AB_SHARED
 * tells them apart, which is all "IsSharedArrayBuffer" needs. Bytes live in
 * one zeroed rt_alloc_atomic block. Resizing allocates a new block and
 * copies the surviving prefix: views never cache `data`, so they follow.
 * There are no threads, so a SharedArrayBuffer is an ordinary buffer with
 * a different prototype and no Atomics.
 *
 * Detaching (transfer(), transferToFixedLength(), and through transfer the
 * test262 host hook $262.detachArrayBuffer) drops the block and sets
 * JS_AB_DETACHED; every view then reads as out of bounds.
 */
#include "builtins.h"
#include "js_typed.h"

/* The largest block we try to allocate: beyond it, "Array buffer
 * allocation failed" as V8 says when the system refuses. */
#define JS_AB_MAX_ALLOC ((uint64_t)1 << 32)

static JSValue shared_array_buffer_proto;
static JSValue array_buffer_ctor, shared_array_buffer_ctor;  /* the intrinsics */

JSArrayBuffer *js_ab_of(JSValue v)
{
    if (!js_is_cell(v) || js_cell_kind(v) != JS_CELL_ARRAY_BUFFER) return NULL;
    return js_cell_ptr(v);
}

static uint8_t *alloc_block(size_t n)
{
    if (n == 0) return NULL;
    uint8_t *p = rt_alloc_atomic(n);
    memset(p, 0, n);
    return p;
}

static JSValue make_buffer(JSValue new_target, JSValue fallback, size_t byte_length,
                           size_t max_byte_length, bool resizable, bool shared)
{
    if (resizable && byte_length > max_byte_length)
        return js_throw_range_error("Invalid array buffer max length");
    JSValue obj = js_create_from_ctor(new_target, fallback, JS_CELL_ARRAY_BUFFER, sizeof(JSArrayBuffer));
    if (obj == JS_EXCEPTION) return obj;
    if (byte_length > JS_AB_MAX_ALLOC || (resizable && max_byte_length > ((uint64_t)1 << 53)))
        return js_throw_range_error("Array buffer allocation failed");
    JSArrayBuffer *b = js_cell_ptr(obj);
    b->data = alloc_block(byte_length);
    b->byte_length = byte_length;
    b->max_byte_length = resizable ? max_byte_length : byte_length;
    if (resizable) b->o.h.flags |= JS_AB_RESIZABLE;
    if (shared) b->o.h.flags |= JS_AB_SHARED;
    return obj;
}

JSValue js_ab_allocate(JSValue new_target, size_t byte_length, size_t max_byte_length, bool resizable)
{
    return make_buffer(new_target, js_realm.array_buffer_proto, byte_length, max_byte_length, resizable, false);
}

void js_ab_detach(JSArrayBuffer *b)
{
    b->data = NULL;
    b->byte_length = 0;
    b->o.h.flags |= JS_AB_DETACHED;
}

/* ToIndex with V8's message for the argument at hand. */
static int to_index(JSValue v, uint64_t *out, const char *msg)
{
    double d;
    if (v == JS_UNDEFINED) { *out = 0; return 0; }
    if (js_to_integer_or_infinity(v, &d) < 0) return -1;
    if (d < 0 || d > 9007199254740991.0) { js_throw_range_error("%s", msg); return -1; }
    *out = (uint64_t)d;
    return 0;
}

/* SpeciesConstructor(o, dflt) (§7.3.22). */
JSValue js_species_constructor(JSValue o, JSValue dflt)
{
    JSValue c = js_get_property(o, JS_ATOM(constructor));
    if (c == JS_EXCEPTION) return c;
    if (c == JS_UNDEFINED) return dflt;
    if (!js_is_object(c)) return js_throw_type_error("object.constructor is not an object");
    JSValue s = js_get_property(c, JS_SYM(species));
    if (s == JS_EXCEPTION) return s;
    if (js_is_nullish(s)) return dflt;
    if (js_is_constructor(s)) return s;
    return js_throw_type_error("object.constructor[Symbol.species] is not a constructor");
}

/* GetArrayBufferMaxByteLengthOption: 1 and *max when present. */
static int max_byte_length_option(JSValue options, uint64_t *max)
{
    if (!js_is_object(options)) return 0;
    JSValue m = js_get_property_str(options, "maxByteLength");
    if (m == JS_EXCEPTION) return -1;
    if (m == JS_UNDEFINED) return 0;
    if (to_index(m, max, "Invalid array buffer max length") < 0) return -1;
    return 1;
}

static JSValue construct(JSValue new_target, int32_t argc, const JSValue *argv, bool shared)
{
    const char *name = shared ? "SharedArrayBuffer" : "ArrayBuffer";
    if (new_target == JS_UNDEFINED) return js_throw_type_error("Constructor %s requires 'new'", name);
    uint64_t len, max = 0;
    if (to_index(js_arg(argc, argv, 0), &len, "Invalid array buffer length") < 0) return JS_EXCEPTION;
    int has_max = max_byte_length_option(js_arg(argc, argv, 1), &max);
    if (has_max < 0) return JS_EXCEPTION;
    return make_buffer(new_target, shared ? shared_array_buffer_proto : js_realm.array_buffer_proto,
                       len, max, has_max == 1, shared);
}

static JS_NATIVE(js_array_buffer_ctor)
{
    (void)callee; (void)this_val;
    return construct(new_target, argc, argv, false);
}

static JS_NATIVE(js_shared_array_buffer_ctor)
{
    (void)callee; (void)this_val;
    return construct(new_target, argc, argv, true);
}

static JS_NATIVE(js_array_buffer_is_view)
{
    (void)callee; (void)this_val; (void)new_target;
    JSValue v = js_arg(argc, argv, 0);
    if (!js_is_cell(v)) return JS_FALSE;
    JSCellKind k = js_cell_kind(v);
    return js_mk_bool(k == JS_CELL_TYPED_ARRAY || k == JS_CELL_DATA_VIEW);
}

static JS_NATIVE(js_species_self)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    return this_val;
}

/* `this` as a buffer of the wanted kind, or a TypeError naming the method. */
static JSArrayBuffer *this_buffer(JSValue this_val, bool shared, const char *method)
{
    JSArrayBuffer *b = js_ab_of(this_val);
    if (!b || (bool)(b->o.h.flags & JS_AB_SHARED) != shared) {
        js_throw_type_error("Method %s.prototype.%s called on incompatible receiver %s",
                            shared ? "SharedArrayBuffer" : "ArrayBuffer", method,
                            js_value_to_message_text(this_val));
        return NULL;
    }
    return b;
}

static JSValue size_value(size_t n) { return js_mk_number((double)n); }

/* ---- getters ---------------------------------------------------------------- */

static JS_NATIVE(js_ab_byte_length)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    JSArrayBuffer *b = this_buffer(this_val, false, "byteLength");
    return b ? size_value(b->byte_length) : JS_EXCEPTION;
}

static JS_NATIVE(js_ab_max_byte_length)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    JSArrayBuffer *b = this_buffer(this_val, false, "maxByteLength");
    if (!b) return JS_EXCEPTION;
    return size_value(js_ab_detached(b) ? 0 : b->max_byte_length);
}

static JS_NATIVE(js_ab_resizable)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    JSArrayBuffer *b = this_buffer(this_val, false, "resizable");
    return b ? js_mk_bool(b->o.h.flags & JS_AB_RESIZABLE) : JS_EXCEPTION;
}

static JS_NATIVE(js_ab_detached_getter)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    JSArrayBuffer *b = this_buffer(this_val, false, "detached");
    return b ? js_mk_bool(js_ab_detached(b)) : JS_EXCEPTION;
}

static JS_NATIVE(js_sab_byte_length)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    JSArrayBuffer *b = this_buffer(this_val, true, "byteLength");
    return b ? size_value(b->byte_length) : JS_EXCEPTION;
}

static JS_NATIVE(js_sab_max_byte_length)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    JSArrayBuffer *b = this_buffer(this_val, true, "maxByteLength");
    return b ? size_value(b->max_byte_length) : JS_EXCEPTION;
}

static JS_NATIVE(js_sab_growable)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    JSArrayBuffer *b = this_buffer(this_val, true, "growable");
    return b ? js_mk_bool(b->o.h.flags & JS_AB_RESIZABLE) : JS_EXCEPTION;
}

/* ---- resize / grow ------------------------------------------------------------- */

static void set_length(JSArrayBuffer *b, size_t n)
{
    if (n == b->byte_length) return;
    uint8_t *nd = alloc_block(n);
    size_t keep = n < b->byte_length ? n : b->byte_length;
    if (keep) memcpy(nd, b->data, keep);
    b->data = nd;
    b->byte_length = n;
}

static JS_NATIVE(js_ab_resize)
{
    (void)callee; (void)new_target;
    JSArrayBuffer *b = this_buffer(this_val, false, "resize");
    if (!b) return JS_EXCEPTION;
    if (!(b->o.h.flags & JS_AB_RESIZABLE))
        return js_throw_type_error("Method ArrayBuffer.prototype.resize called on incompatible receiver %s",
                                   js_value_to_message_text(this_val));
    uint64_t n;
    if (to_index(js_arg(argc, argv, 0), &n, "ArrayBuffer.prototype.resize: Invalid length parameter") < 0)
        return JS_EXCEPTION;
    if (js_ab_detached(b))
        return js_throw_type_error("Cannot perform ArrayBuffer.prototype.resize on a detached ArrayBuffer");
    if (n > b->max_byte_length)
        return js_throw_range_error("ArrayBuffer.prototype.resize: Invalid length parameter");
    set_length(b, (size_t)n);
    return JS_UNDEFINED;
}

static JS_NATIVE(js_sab_grow)
{
    (void)callee; (void)new_target;
    JSArrayBuffer *b = this_buffer(this_val, true, "grow");
    if (!b) return JS_EXCEPTION;
    if (!(b->o.h.flags & JS_AB_RESIZABLE))
        return js_throw_type_error("Method SharedArrayBuffer.prototype.grow called on incompatible receiver %s",
                                   js_value_to_message_text(this_val));
    uint64_t n;
    if (to_index(js_arg(argc, argv, 0), &n, "SharedArrayBuffer.prototype.grow: Invalid length parameter") < 0)
        return JS_EXCEPTION;
    if (n > b->max_byte_length || n < b->byte_length)
        return js_throw_range_error("SharedArrayBuffer.prototype.grow: Invalid length parameter");
    set_length(b, (size_t)n);
    return JS_UNDEFINED;
}

/* ---- slice ------------------------------------------------------------------------ */

static JSValue slice(JSValue this_val, int32_t argc, const JSValue *argv, bool shared)
{
    const char *cname = shared ? "SharedArrayBuffer" : "ArrayBuffer";
    JSArrayBuffer *b = this_buffer(this_val, shared, "slice");
    if (!b) return JS_EXCEPTION;
    if (js_ab_detached(b))
        return js_throw_type_error("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer");
    int64_t len = (int64_t)b->byte_length, first, final;
    if (js_arg_relative_index(argc, argv, 0, len, 0, &first) < 0) return JS_EXCEPTION;
    if (js_arg_relative_index(argc, argv, 1, len, len, &final) < 0) return JS_EXCEPTION;
    int64_t new_len = final - first > 0 ? final - first : 0;
    JSValue ctor = js_species_constructor(this_val, shared ? shared_array_buffer_ctor : array_buffer_ctor);
    if (ctor == JS_EXCEPTION) return ctor;
    JSValue arg = js_mk_number((double)new_len);
    JSValue nv = js_construct(ctor, 1, &arg, ctor);
    if (nv == JS_EXCEPTION) return nv;
    JSArrayBuffer *nb = js_ab_of(nv);
    if (!nb || (bool)(nb->o.h.flags & JS_AB_SHARED) != shared)
        return js_throw_type_error("%s subclass returned this from species constructor", cname);
    if (js_ab_detached(nb))
        return js_throw_type_error("Cannot perform %s.prototype.slice on a detached ArrayBuffer", cname);
    if (nb == b) return js_throw_type_error("%s subclass returned this from species constructor", cname);
    if ((int64_t)nb->byte_length < new_len)
        return js_throw_type_error("Species constructor returned a too-small %s", cname);
    if (js_ab_detached(b))
        return js_throw_type_error("Cannot perform %s.prototype.slice on a detached ArrayBuffer", cname);
    int64_t cur = (int64_t)b->byte_length;
    if (first < cur) {
        int64_t count = new_len < cur - first ? new_len : cur - first;
        if (count > 0) memmove(nb->data, b->data + first, (size_t)count);
    }
    return nv;
}

static JS_NATIVE(js_ab_slice)
{
    (void)callee; (void)new_target;
    return slice(this_val, argc, argv, false);
}

static JS_NATIVE(js_sab_slice)
{
    (void)callee; (void)new_target;
    return slice(this_val, argc, argv, true);
}

/* ---- transfer ---------------------------------------------------------------------- */

/* ArrayBufferCopyAndDetach (§25.1.3.3). */
static JSValue copy_and_detach(JSValue this_val, int32_t argc, const JSValue *argv, bool preserve,
                               const char *method)
{
    JSArrayBuffer *b = this_buffer(this_val, false, method);
    if (!b) return JS_EXCEPTION;
    JSValue nl = js_arg(argc, argv, 0);
    uint64_t n;
    if (nl == JS_UNDEFINED) n = b->byte_length;
    else if (to_index(nl, &n, "Invalid array buffer length") < 0) return JS_EXCEPTION;
    if (js_ab_detached(b))
        return js_throw_type_error("Cannot perform ArrayBuffer.prototype.%s on a detached ArrayBuffer", method);
    bool resizable = preserve && (b->o.h.flags & JS_AB_RESIZABLE);
    JSValue nv = js_ab_allocate(JS_UNDEFINED, (size_t)n, resizable ? b->max_byte_length : 0, resizable);
    if (nv == JS_EXCEPTION) return nv;
    JSArrayBuffer *nb = js_cell_ptr(nv);
    size_t copy = n < b->byte_length ? (size_t)n : b->byte_length;
    if (copy) memcpy(nb->data, b->data, copy);
    js_ab_detach(b);
    return nv;
}

static JS_NATIVE(js_ab_transfer)
{
    (void)callee; (void)new_target;
    return copy_and_detach(this_val, argc, argv, true, "transfer");
}

static JS_NATIVE(js_ab_transfer_fixed)
{
    (void)callee; (void)new_target;
    return copy_and_detach(this_val, argc, argv, false, "transferToFixedLength");
}

/* ---- installation ------------------------------------------------------------------- */

static const JSPropDef ab_ctor_props[] = {
    JS_CFUNC_DEF("isView", 1, js_array_buffer_is_view),
    JS_CGETSET_DEF("[Symbol.species]", js_species_self, NULL),
};

static const JSPropDef ab_proto_props[] = {
    JS_CGETSET_DEF("byteLength", js_ab_byte_length, NULL),
    JS_CGETSET_DEF("maxByteLength", js_ab_max_byte_length, NULL),
    JS_CGETSET_DEF("resizable", js_ab_resizable, NULL),
    JS_CGETSET_DEF("detached", js_ab_detached_getter, NULL),
    JS_CFUNC_DEF("resize", 1, js_ab_resize),
    JS_CFUNC_DEF("slice", 2, js_ab_slice),
    JS_CFUNC_DEF("transfer", 0, js_ab_transfer),
    JS_CFUNC_DEF("transferToFixedLength", 0, js_ab_transfer_fixed),
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "ArrayBuffer", JS_PROP_CONFIGURABLE),
};

static const JSPropDef sab_ctor_props[] = {
    JS_CGETSET_DEF("[Symbol.species]", js_species_self, NULL),
};

static const JSPropDef sab_proto_props[] = {
    JS_CGETSET_DEF("byteLength", js_sab_byte_length, NULL),
    JS_CGETSET_DEF("growable", js_sab_growable, NULL),
    JS_CGETSET_DEF("maxByteLength", js_sab_max_byte_length, NULL),
    JS_CFUNC_DEF("grow", 1, js_sab_grow),
    JS_CFUNC_DEF("slice", 2, js_sab_slice),
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "SharedArrayBuffer", JS_PROP_CONFIGURABLE),
};

void js_init_array_buffer(JSValue global)
{
    if (!js_is_object(js_realm.array_buffer_proto))
        js_realm.array_buffer_proto = js_new_object_proto(js_realm.object_proto);
    JSValue proto = js_realm.array_buffer_proto;
    JSValue ctor = js_new_native_constructor("ArrayBuffer", js_array_buffer_ctor, 1, proto);
    js_install_props(ctor, ab_ctor_props, JS_COUNTOF(ab_ctor_props));
    js_install_props(proto, ab_proto_props, JS_COUNTOF(ab_proto_props));
    js_define_global(global, "ArrayBuffer", ctor);
    array_buffer_ctor = ctor;

    shared_array_buffer_proto = js_new_object_proto(js_realm.object_proto);
    ctor = js_new_native_constructor("SharedArrayBuffer", js_shared_array_buffer_ctor, 1,
                                     shared_array_buffer_proto);
    js_install_props(ctor, sab_ctor_props, JS_COUNTOF(sab_ctor_props));
    js_install_props(shared_array_buffer_proto, sab_proto_props, JS_COUNTOF(sab_proto_props));
    js_define_global(global, "SharedArrayBuffer", ctor);
    shared_array_buffer_ctor = ctor;
}
