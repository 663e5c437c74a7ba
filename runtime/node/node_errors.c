/*
 * node_errors.c — node's coded errors (ERR_INVALID_ARG_TYPE and friends)
 * with the message texts and the "Name [CODE]: message" stack line that
 * node's internal/errors.js produces.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "node/node.h"
#include "node/node_errors.h"
#include "node/strbuf.h"
#include "kiln/bigint.h"

static const char *error_type_name(JSErrorType t)
{
    switch (t) {
    case JS_RANGE_ERROR: return "RangeError";
    case JS_TYPE_ERROR: return "TypeError";
    case JS_SYNTAX_ERROR: return "SyntaxError";
    case JS_REFERENCE_ERROR: return "ReferenceError";
    default: return "Error";
    }
}

JSValue js_node_throw_code(JSErrorType type, const char *code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = rt_alloc_atomic((size_t)(n < 0 ? 0 : n) + 1);
    msg[0] = 0;
    va_start(ap, fmt);
    if (n >= 0)
        vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);
    JSValue err = js_new_error(type, js_new_string_cstr(msg));
    if (err == JS_EXCEPTION)
        return JS_EXCEPTION;
    /* "TypeError: msg\n    at ..." → "TypeError [CODE]: msg\n    at ..." */
    JSValue stack = js_get_property(err, JS_ATOM(stack));
    if (js_is_string(stack)) {
        const char *name = error_type_name(type);
        char *s = js_string_to_utf8(stack, NULL);
        size_t nl = strlen(name);
        if (strncmp(s, name, nl) == 0) {
            char *ns = str_fmt("%s [%s]%s", name, code, s + nl);
            js_define_property_value(err, JS_ATOM(stack), js_new_string_cstr(ns), JS_PROP_C_W);
        }
    }
    js_define_property_value_str(err, "code", js_new_string_cstr(code), JS_PROP_C_W_E);
    return js_throw(err);
}

char *js_node_describe_received(JSValue v)
{
    if (v == JS_UNDEFINED)
        return str_dup("undefined");
    if (v == JS_NULL)
        return str_dup("null");
    if (js_is_function(v)) {
        JSValue n = js_function_name(v);
        if (n != JS_EXCEPTION && js_is_string(n) && js_string_length(n) > 0)
            return str_fmt("function %s", js_string_to_utf8(n, NULL));
        if (js_has_exception())
            rt_take_exception();
    }
    if (js_is_object(v) && !js_is_function(v)) {
        JSValue ctor = js_get_property(v, JS_ATOM(constructor));
        if (ctor != JS_EXCEPTION && js_is_object(ctor)) {
            JSValue n = js_get_property(ctor, JS_ATOM(name));
            if (n != JS_EXCEPTION && js_is_string(n) && js_string_length(n) > 0)
                return str_fmt("an instance of %s", js_string_to_utf8(n, NULL));
        }
        if (js_has_exception())
            rt_take_exception();
        JSInspectOptions o;
        js_inspect_default_options(&o);
        o.depth = -1;
        char *s = js_inspect_utf8(v, &o, NULL);
        if (!s) {
            rt_take_exception();
            s = str_dup("[object]");
        }
        return s;
    }
    JSInspectOptions o;
    js_inspect_default_options(&o);
    char *s = js_inspect_utf8(v, &o, NULL);
    if (!s) {
        rt_take_exception();
        s = str_dup("?");
    }
    if (js_utf8_u16len(s, strlen(s)) > 28) {
        /* first 25 code units */
        size_t i = 0, units = 0;
        while (s[i] && units < 25) {
            unsigned char c = (unsigned char)s[i];
            size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            units += len == 4 ? 2 : 1;
            i += len;
        }
        s = str_fmt("%.*s...", (int)i, s);
    }
    JSValue t = js_typeof(v);
    return str_fmt("type %s (%s)", js_string_to_utf8(t, NULL), s);
}

JSValue js_node_throw_invalid_arg_type(const char *name, const char *expected, JSValue actual)
{
    return js_node_throw_code(JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                              "The \"%s\" argument must be %s. Received %s",
                              name, expected, js_node_describe_received(actual));
}

/* addNumericalSeparator: "4294967296" → "4_294_967_296". */
static char *add_separators(const char *s)
{
    size_t n = strlen(s), neg = s[0] == '-';
    StrBuf b;
    sb_init(&b);
    if (neg) sb_putc(&b, '-');
    size_t digits = n - neg;
    for (size_t i = 0; i < digits; i++) {
        if (i > 0 && (digits - i) % 3 == 0) sb_putc(&b, '_');
        sb_putc(&b, s[neg + i]);
    }
    return sb_str(&b);
}

char *js_node_describe_out_of_range(JSValue v)
{
    if (js_is_number(v)) {
        double d = js_to_double(v);
        if (isfinite(d) && d == trunc(d) && fabs(d) > 4294967296.0)
            return add_separators(js_string_to_utf8(js_number_to_string(d), NULL));
    }
    if (js_is_bigint(v)) {
        char *s = js_string_to_utf8(js_bigint_to_string(v, 10), NULL);
        double d = js_bigint_to_double(v);
        if (fabs(d) > 4294967296.0)
            s = add_separators(s);
        return str_fmt("%sn", s);
    }
    JSInspectOptions o;
    js_inspect_default_options(&o);
    char *s = js_inspect_utf8(v, &o, NULL);
    if (!s) {
        rt_take_exception();
        s = str_dup("?");
    }
    return s;
}

JSValue js_node_throw_out_of_range(const char *name, const char *range, JSValue received)
{
    return js_node_throw_code(JS_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                              "The value of \"%s\" is out of range. It must be %s. Received %s",
                              name, range, js_node_describe_out_of_range(received));
}
