/*
 * js_number.c — the Number constructor and Number.prototype (§21.1).
 *
 * The digit generation lives in js_dtoa.c (exact, V8-compatible); this file
 * handles argument conversion, the RangeErrors with node's messages, and the
 * constants. Number.parseInt/parseFloat are the very same function objects as
 * the globals (js_global.c creates them first).
 */
#include "builtins.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* thisNumberValue: a number or a Number wrapper; TypeError otherwise. */
static int this_number(JSValue this_val, const char *method, double *out)
{
    if (js_is_number(this_val)) {
        *out = js_to_double(this_val);
        return 0;
    }
    if (js_is_cell(this_val) && js_cell_kind(this_val) == JS_CELL_NUMBER_OBJECT) {
        *out = js_to_double(((JSPrimitiveObject *)js_cell_ptr(this_val))->value);
        return 0;
    }
    js_throw_type_error("%s requires that 'this' be a Number", method);
    return -1;
}

static JS_NATIVE(js_number_ctor)
{
    double d = 0;
    if (argc > 0) {
        JSValue prim = argv[0];
        if (!js_is_number(prim)) {
            prim = js_to_primitive(prim, JS_HINT_NUMBER);
            if (prim == JS_EXCEPTION)
                return JS_EXCEPTION;
        }
        if (js_is_bigint(prim))
            d = js_bigint_to_double(prim);
        else if (js_to_number(prim, &d) < 0)
            return JS_EXCEPTION;
    }
    if (js_is_undefined(new_target))
        return js_mk_number(d);
    JSValue obj = js_create_from_ctor(new_target, js_realm.number_proto,
                                      JS_CELL_NUMBER_OBJECT, sizeof(JSPrimitiveObject));
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    ((JSPrimitiveObject *)js_cell_ptr(obj))->value = js_mk_number(d);
    return obj;
}

static JS_NATIVE(js_number_to_string_method)
{
    double x, r = 10;
    if (this_number(this_val, "Number.prototype.toString", &x) < 0)
        return JS_EXCEPTION;
    if (!js_is_undefined(js_arg(argc, argv, 0)) && js_arg_integer(argc, argv, 0, &r) < 0)
        return JS_EXCEPTION;
    if (r < 2 || r > 36)
        return js_throw_range_error("toString() radix argument must be between 2 and 36");
    if (r == 10 || !isfinite(x))
        return js_number_to_string(x);
    if (x == 0)
        return js_str_c("0");
    char buf[JS_DTOA_RADIX_BUF];
    int len = js_dtoa_radix(x, (int)r, buf);
    return js_new_string_latin1((const uint8_t *)buf, (size_t)len);
}

/* en-US formatting as Intl.NumberFormat prints by default: grouping commas,
 * at most three fraction digits. */
static JS_NATIVE(js_number_to_locale_string)
{
    double x;
    if (this_number(this_val, "Number.prototype.toLocaleString", &x) < 0)
        return JS_EXCEPTION;
    if (isnan(x))
        return js_str_c("NaN");
    if (isinf(x))
        return js_str_c(x < 0 ? "-∞" : "∞");
    char digits[JS_DTOA_BUF], out[JS_DTOA_BUF * 2];
    bool neg = signbit(x);
    double ax = fabs(x);
    int n = js_dtoa_fixed(ax, 3, digits);
    while (n > 0 && digits[n - 1] == '0')
        digits[--n] = '\0';
    if (n > 0 && digits[n - 1] == '.')
        digits[--n] = '\0';
    char *dot = strchr(digits, '.');
    int int_len = dot ? (int)(dot - digits) : n;
    char *p = out;
    if (neg)
        *p++ = '-';
    for (int i = 0; i < int_len; i++) {
        if (i > 0 && (int_len - i) % 3 == 0)
            *p++ = ',';
        *p++ = digits[i];
    }
    if (dot)
        strcpy(p, dot);
    else
        *p = '\0';
    return js_str_c(out);
}

static JS_NATIVE(js_number_value_of)
{
    double x;
    if (this_number(this_val, "Number.prototype.valueOf", &x) < 0)
        return JS_EXCEPTION;
    return js_mk_number(x);
}

static JS_NATIVE(js_number_to_fixed)
{
    double x, f;
    if (this_number(this_val, "Number.prototype.toFixed", &x) < 0)
        return JS_EXCEPTION;
    if (js_arg_integer(argc, argv, 0, &f) < 0)
        return JS_EXCEPTION;
    if (!(f >= 0 && f <= 100))
        return js_throw_range_error("toFixed() digits argument must be between 0 and 100");
    if (!isfinite(x) || fabs(x) >= 1e21)
        return js_number_to_string(x);
    char buf[JS_DTOA_BUF];
    int len = js_dtoa_fixed(x, (int)f, buf);
    return js_new_string_latin1((const uint8_t *)buf, (size_t)len);
}

static JS_NATIVE(js_number_to_exponential)
{
    double x, f = -1;
    if (this_number(this_val, "Number.prototype.toExponential", &x) < 0)
        return JS_EXCEPTION;
    bool undef = js_is_undefined(js_arg(argc, argv, 0));
    if (js_arg_integer(argc, argv, 0, &f) < 0)
        return JS_EXCEPTION;
    if (!isfinite(x))
        return js_number_to_string(x);
    if (!(f >= 0 && f <= 100))
        return js_throw_range_error("toExponential() argument must be between 0 and 100");
    char buf[JS_DTOA_BUF];
    int len = js_dtoa_exponential(x, undef ? -1 : (int)f, buf);
    return js_new_string_latin1((const uint8_t *)buf, (size_t)len);
}

static JS_NATIVE(js_number_to_precision)
{
    double x, p;
    if (this_number(this_val, "Number.prototype.toPrecision", &x) < 0)
        return JS_EXCEPTION;
    if (js_is_undefined(js_arg(argc, argv, 0)))
        return js_number_to_string(x);
    if (js_arg_integer(argc, argv, 0, &p) < 0)
        return JS_EXCEPTION;
    if (!isfinite(x))
        return js_number_to_string(x);
    if (!(p >= 1 && p <= 100))
        return js_throw_range_error("toPrecision() argument must be between 1 and 100");
    char buf[JS_DTOA_BUF];
    int len = js_dtoa_precision(x, (int)p, buf);
    return js_new_string_latin1((const uint8_t *)buf, (size_t)len);
}

/* ---- Number.isXxx: no coercion ------------------------------------------ */

static JS_NATIVE(js_number_is_finite)
{
    JSValue v = js_arg(argc, argv, 0);
    return js_mk_bool(js_is_number(v) && isfinite(js_to_double(v)));
}

static JS_NATIVE(js_number_is_nan)
{
    JSValue v = js_arg(argc, argv, 0);
    return js_mk_bool(js_is_number(v) && isnan(js_to_double(v)));
}

static JS_NATIVE(js_number_is_integer)
{
    JSValue v = js_arg(argc, argv, 0);
    if (js_is_int32(v))
        return JS_TRUE;
    if (!js_is_number(v))
        return JS_FALSE;
    double d = js_get_double(v);
    return js_mk_bool(isfinite(d) && trunc(d) == d);
}

static JS_NATIVE(js_number_is_safe_integer)
{
    JSValue v = js_arg(argc, argv, 0);
    if (js_is_int32(v))
        return JS_TRUE;
    if (!js_is_number(v))
        return JS_FALSE;
    double d = js_get_double(v);
    return js_mk_bool(isfinite(d) && trunc(d) == d && fabs(d) <= 9007199254740991.0);
}

static const JSPropDef number_props[] = {
    JS_CFUNC_DEF("isFinite", 1, js_number_is_finite),
    JS_CFUNC_DEF("isInteger", 1, js_number_is_integer),
    JS_CFUNC_DEF("isNaN", 1, js_number_is_nan),
    JS_CFUNC_DEF("isSafeInteger", 1, js_number_is_safe_integer),
    JS_PROP_DOUBLE_DEF("MAX_SAFE_INTEGER", 9007199254740991.0, 0),
    JS_PROP_DOUBLE_DEF("MIN_SAFE_INTEGER", -9007199254740991.0, 0),
    JS_PROP_DOUBLE_DEF("MAX_VALUE", DBL_MAX, 0),
    JS_PROP_DOUBLE_DEF("MIN_VALUE", 5e-324, 0),
    JS_PROP_DOUBLE_DEF("NaN", NAN, 0),
    JS_PROP_DOUBLE_DEF("NEGATIVE_INFINITY", -INFINITY, 0),
    JS_PROP_DOUBLE_DEF("POSITIVE_INFINITY", INFINITY, 0),
    JS_PROP_DOUBLE_DEF("EPSILON", DBL_EPSILON, 0),
};

static const JSPropDef number_proto_props[] = {
    JS_CFUNC_DEF("toExponential", 1, js_number_to_exponential),
    JS_CFUNC_DEF("toFixed", 1, js_number_to_fixed),
    JS_CFUNC_DEF("toPrecision", 1, js_number_to_precision),
    JS_CFUNC_DEF("toString", 1, js_number_to_string_method),
    JS_CFUNC_DEF("toLocaleString", 0, js_number_to_locale_string),
    JS_CFUNC_DEF("valueOf", 0, js_number_value_of),
};

void js_init_number(JSValue global)
{
    JSValue proto = js_realm.number_proto;
    JSValue ctor = js_new_native_constructor("Number", js_number_ctor, 1, proto);
    js_realm.number_ctor = ctor;
    js_install_props(ctor, number_props, JS_COUNTOF(number_props));
    js_install_props(proto, number_proto_props, JS_COUNTOF(number_proto_props));
    /* The globals parseFloat/parseInt are the same objects (§21.1.2.12-13). */
    js_define_property_value_str(ctor, "parseFloat",
                                 js_get_property_str(global, "parseFloat"), JS_PROP_C_W);
    js_define_property_value_str(ctor, "parseInt",
                                 js_get_property_str(global, "parseInt"), JS_PROP_C_W);
    js_define_global(global, "Number", ctor);
}
