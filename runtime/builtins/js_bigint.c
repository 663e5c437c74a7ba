/*
 * js_bigint.c — the BigInt function and BigInt.prototype (§21.2).
 *
 * The arithmetic lives in runtime/bigint.c; this file is the library face:
 * argument conversion in the spec's order and node's error messages.
 */
#include "builtins.h"

/* thisBigIntValue: a BigInt or a BigInt wrapper; TypeError otherwise. */
static JSValue this_bigint(JSValue this_val, const char *method)
{
    if (js_is_bigint(this_val))
        return this_val;
    if (js_is_cell(this_val) && js_cell_kind(this_val) == JS_CELL_BIGINT_OBJECT)
        return ((JSPrimitiveObject *)js_cell_ptr(this_val))->value;
    return js_throw_type_error("%s requires that 'this' be a BigInt", method);
}

static JS_NATIVE(js_bigint_ctor)
{
    if (!js_is_undefined(new_target))
        return js_throw_type_error("BigInt is not a constructor");
    JSValue prim = js_to_primitive(js_arg(argc, argv, 0), JS_HINT_NUMBER);
    if (prim == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (js_is_number(prim))
        return js_number_to_bigint(prim);
    return js_to_bigint(prim);
}

static JSValue as_n(int32_t argc, const JSValue *argv, bool is_signed)
{
    uint64_t bits;
    JSValue b = js_arg(argc, argv, 0);
    double d;
    if (b == JS_UNDEFINED) {
        bits = 0;
    } else {
        if (js_to_integer_or_infinity(b, &d) < 0)
            return JS_EXCEPTION;
        if (d < 0 || d > 9007199254740991.0)
            return js_throw_range_error("Invalid value: not (convertible to) a safe integer");
        bits = (uint64_t)d;
    }
    JSValue big = js_to_bigint(js_arg(argc, argv, 1));
    if (big == JS_EXCEPTION)
        return JS_EXCEPTION;
    return js_bigint_as_n(bits, big, is_signed);
}

static JS_NATIVE(js_bigint_as_int_n) { return as_n(argc, argv, true); }
static JS_NATIVE(js_bigint_as_uint_n) { return as_n(argc, argv, false); }

static JS_NATIVE(js_bigint_proto_to_string)
{
    JSValue b = this_bigint(this_val, "BigInt.prototype.toString");
    if (b == JS_EXCEPTION)
        return JS_EXCEPTION;
    double radix = 10;
    if (!js_is_undefined(js_arg(argc, argv, 0)) && js_arg_integer(argc, argv, 0, &radix) < 0)
        return JS_EXCEPTION;
    if (radix < 2 || radix > 36)
        return js_throw_range_error("toString() radix argument must be between 2 and 36");
    return js_bigint_to_string(b, (int)radix);
}

static JS_NATIVE(js_bigint_proto_to_locale_string)
{
    JSValue b = this_bigint(this_val, "BigInt.prototype.toLocaleString");
    if (b == JS_EXCEPTION)
        return JS_EXCEPTION;
    return js_bigint_to_string(b, 10);
}

static JS_NATIVE(js_bigint_proto_value_of)
{
    return this_bigint(this_val, "BigInt.prototype.valueOf");
}

static const JSPropDef bigint_props[] = {
    JS_CFUNC_DEF("asIntN", 2, js_bigint_as_int_n),
    JS_CFUNC_DEF("asUintN", 2, js_bigint_as_uint_n),
};

static const JSPropDef bigint_proto_props[] = {
    JS_CFUNC_DEF("toString", 0, js_bigint_proto_to_string),
    JS_CFUNC_DEF("toLocaleString", 0, js_bigint_proto_to_locale_string),
    JS_CFUNC_DEF("valueOf", 0, js_bigint_proto_value_of),
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "BigInt", JS_PROP_CONFIGURABLE),
};

void js_init_bigint(JSValue global)
{
    js_bigint_init();
    JSValue proto = js_realm.bigint_proto;
    JSValue ctor = js_new_native_constructor("BigInt", js_bigint_ctor, 1, proto);
    js_install_props(ctor, bigint_props, JS_COUNTOF(bigint_props));
    js_install_props(proto, bigint_proto_props, JS_COUNTOF(bigint_proto_props));
    js_define_global(global, "BigInt", ctor);
}
