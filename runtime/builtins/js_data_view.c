/*
 * js_data_view.c — DataView (§25.3): typed reads and writes at any byte
 * offset of a buffer, big-endian unless littleEndian is true.
 *
 * Values go through the same conversions as typed array elements
 * (js_typed.h): the bytes are produced little-endian in a small buffer and
 * reversed for a big-endian access. A DataView on a resizable buffer made
 * without a length tracks the buffer's size (JS_VIEW_LENGTH_TRACKING).
 */
#include "builtins.h"
#include "js_typed.h"

#include <stdio.h>

static JSDataView *dv_of(JSValue v)
{
    if (!js_is_cell(v) || js_cell_kind(v) != JS_CELL_DATA_VIEW) return NULL;
    return js_cell_ptr(v);
}

/* IsViewOutOfBounds. */
static bool dv_out_of_bounds(const JSDataView *d)
{
    const JSArrayBuffer *b = d->buffer;
    if (js_ab_detached(b)) return true;
    if (d->byte_offset > b->byte_length) return true;
    if (d->o.h.flags & JS_VIEW_LENGTH_TRACKING) return false;
    return d->byte_offset + d->byte_length > b->byte_length;
}

static size_t dv_length(const JSDataView *d)
{
    if (d->o.h.flags & JS_VIEW_LENGTH_TRACKING) return d->buffer->byte_length - d->byte_offset;
    return d->byte_length;
}

static int to_index(JSValue v, uint64_t *out, const char *msg)
{
    double d;
    if (v == JS_UNDEFINED) { *out = 0; return 0; }
    if (js_to_integer_or_infinity(v, &d) < 0) return -1;
    if (d < 0 || d > 9007199254740991.0) { js_throw_range_error(msg, d); return -1; }
    *out = (uint64_t)d;
    return 0;
}

static JS_NATIVE(js_data_view_ctor)
{
    (void)callee; (void)this_val;
    if (new_target == JS_UNDEFINED) return js_throw_type_error("Constructor DataView requires 'new'");
    JSArrayBuffer *b = js_ab_of(js_arg(argc, argv, 0));
    if (!b) return js_throw_type_error("First argument to DataView constructor must be an ArrayBuffer");
    uint64_t off, vlen = 0;
    if (to_index(js_arg(argc, argv, 1), &off, "Start offset %.0f is outside the bounds of the buffer") < 0)
        return JS_EXCEPTION;
    if (js_ab_detached(b)) return js_throw_type_error("Cannot perform Construct on a detached ArrayBuffer");
    if (off > b->byte_length)
        return js_throw_range_error("Start offset %.0f is outside the bounds of the buffer", (double)off);
    JSValue lenv = js_arg(argc, argv, 2);
    bool tracking = false;
    if (lenv == JS_UNDEFINED) {
        if (b->o.h.flags & JS_AB_RESIZABLE) tracking = true;
        else vlen = b->byte_length - off;
    } else {
        if (to_index(lenv, &vlen, "Invalid DataView length %.0f") < 0) return JS_EXCEPTION;
        if (off + vlen > b->byte_length) return js_throw_range_error("Invalid DataView length %.0f", (double)vlen);
    }
    JSValue obj = js_create_from_ctor(new_target, js_realm.data_view_proto, JS_CELL_DATA_VIEW, sizeof(JSDataView));
    if (obj == JS_EXCEPTION) return obj;
    if (js_ab_detached(b)) return js_throw_type_error("Cannot perform Construct on a detached ArrayBuffer");
    if (off > b->byte_length)
        return js_throw_range_error("Start offset %.0f is outside the bounds of the buffer", (double)off);
    if (lenv != JS_UNDEFINED && off + vlen > b->byte_length)
        return js_throw_range_error("Invalid DataView length %.0f", (double)vlen);
    JSDataView *d = js_cell_ptr(obj);
    d->buffer = b;
    d->byte_offset = (size_t)off;
    d->byte_length = (size_t)vlen;
    if (tracking) d->o.h.flags |= JS_VIEW_LENGTH_TRACKING;
    return obj;
}

static JSDataView *this_dv(JSValue v, const char *what)
{
    JSDataView *d = dv_of(v);
    if (!d) js_throw_type_error("Method DataView.prototype.%s called on incompatible receiver %s",
                                what, js_value_to_message_text(v));
    return d;
}

static JS_NATIVE(js_dv_buffer)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    JSDataView *d = this_dv(this_val, "buffer");
    return d ? js_mk_cell(d->buffer) : JS_EXCEPTION;
}

static JS_NATIVE(js_dv_byte_length)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    JSDataView *d = this_dv(this_val, "byteLength");
    if (!d) return JS_EXCEPTION;
    if (dv_out_of_bounds(d)) return js_throw_type_error("Cannot perform DataView.prototype.byteLength on a detached ArrayBuffer");
    return js_mk_number((double)dv_length(d));
}

static JS_NATIVE(js_dv_byte_offset)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    JSDataView *d = this_dv(this_val, "byteOffset");
    if (!d) return JS_EXCEPTION;
    if (dv_out_of_bounds(d)) return js_throw_type_error("Cannot perform DataView.prototype.byteOffset on a detached ArrayBuffer");
    return js_mk_number((double)d->byte_offset);
}

static const char *const type_names[JS_TA_TYPE_COUNT] = {
    "Int8", "Uint8", "Uint8Clamped", "Int16", "Uint16", "Int32", "Uint32",
    "Float32", "Float64", "BigInt64", "BigUint64",
};

/* GetViewValue / SetViewValue; the type travels in the function's data. */
static JSValue view_access(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv, bool set)
{
    JSTAType ty = (JSTAType)js_get_int32(callee->env->vars[0]);
    JSDataView *d = dv_of(this_val);
    if (!d) return js_throw_type_error("Method DataView.prototype.%s%s called on incompatible receiver %s",
                                       set ? "set" : "get", type_names[ty], js_value_to_message_text(this_val));
    uint64_t idx;
    if (to_index(js_arg(argc, argv, 0), &idx, "Offset is outside the bounds of the DataView") < 0)
        return JS_EXCEPTION;
    JSValue num = JS_UNDEFINED;
    if (set) {
        JSValue v = js_arg(argc, argv, 1);
        if (js_ta_type_is_bigint(ty)) {
            num = js_to_bigint(v);
            if (num == JS_EXCEPTION) return num;
        } else {
            double x;
            if (js_to_number(v, &x) < 0) return JS_EXCEPTION;
            num = js_mk_double(x);
        }
    }
    bool little = js_to_boolean(js_arg(argc, argv, set ? 2 : 1));
    if (dv_out_of_bounds(d))
        return js_throw_type_error("Cannot perform DataView.prototype.%s%s on a detached ArrayBuffer",
                                   set ? "set" : "get", type_names[ty]);
    uint32_t es = js_ta_type_size(ty);
    if (idx + es > dv_length(d)) return js_throw_range_error("Offset is outside the bounds of the DataView");
    uint8_t *p = d->buffer->data + d->byte_offset + idx;
    uint8_t tmp[8];
    if (set) {
        if (js_ta_type_is_bigint(ty)) {
            uint64_t u = js_bigint_to_uint64(num);
            memcpy(tmp, &u, 8);
        } else {
            js_ta_store_number(ty, tmp, js_to_double(num));
        }
        for (uint32_t i = 0; i < es; i++) p[i] = little ? tmp[i] : tmp[es - 1 - i];
        return JS_UNDEFINED;
    }
    for (uint32_t i = 0; i < es; i++) tmp[i] = little ? p[i] : p[es - 1 - i];
    if (ty == JS_TA_BIGINT64) { int64_t v; memcpy(&v, tmp, 8); return js_bigint_from_int64(v); }
    if (ty == JS_TA_BIGUINT64) { uint64_t v; memcpy(&v, tmp, 8); return js_bigint_from_uint64(v); }
    return js_mk_number(js_ta_load_number(ty, tmp));
}

static JS_NATIVE(js_dv_get)
{
    (void)new_target;
    return view_access(callee, this_val, argc, argv, false);
}

static JS_NATIVE(js_dv_set)
{
    (void)new_target;
    return view_access(callee, this_val, argc, argv, true);
}

static const JSPropDef dv_proto_props[] = {
    JS_CGETSET_DEF("buffer", js_dv_buffer, NULL),
    JS_CGETSET_DEF("byteLength", js_dv_byte_length, NULL),
    JS_CGETSET_DEF("byteOffset", js_dv_byte_offset, NULL),
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "DataView", JS_PROP_CONFIGURABLE),
};

void js_init_data_view(JSValue global)
{
    if (!js_is_object(js_realm.data_view_proto))
        js_realm.data_view_proto = js_new_object_proto(js_realm.object_proto);
    JSValue proto = js_realm.data_view_proto;
    JSValue ctor = js_new_native_constructor("DataView", js_data_view_ctor, 1, proto);
    js_install_props(proto, dv_proto_props, JS_COUNTOF(dv_proto_props));
    static const JSTAType order[] = {
        JS_TA_INT8, JS_TA_UINT8, JS_TA_INT16, JS_TA_UINT16, JS_TA_INT32, JS_TA_UINT32,
        JS_TA_FLOAT32, JS_TA_FLOAT64, JS_TA_BIGINT64, JS_TA_BIGUINT64,
    };
    for (size_t i = 0; i < JS_COUNTOF(order); i++) {
        JSValue data = js_mk_int32((int32_t)order[i]);
        char name[32];
        snprintf(name, sizeof name, "get%s", type_names[order[i]]);
        js_define_property_value_str(proto, name, js_new_native_function_data(name, js_dv_get, 1, 1, &data),
                                     JS_PROP_C_W);
        snprintf(name, sizeof name, "set%s", type_names[order[i]]);
        js_define_property_value_str(proto, name, js_new_native_function_data(name, js_dv_set, 2, 1, &data),
                                     JS_PROP_C_W);
    }
    js_define_global(global, "DataView", ctor);
}
