/*
 * format.c — util.format / formatWithOptions: the printf-like first argument
 * of console.log.
 *
 * As in node: when the first argument is a string and more arguments
 * follow, %s %d %i %f %j %o %O %c consume one argument each and %% prints a
 * percent sign (only while arguments remain; afterwards the text is copied
 * as is). Whatever arguments are left are appended separated by spaces:
 * strings as they are, everything else through util.inspect.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "node/node.h"
#include "node/strbuf.h"


/* Constructors whose toString counts as built-in for %s (node's
 * builtInObjects: the capitalised globals present at start-up). */
static const char *const builtin_ctor_names[] = {
    "Object", "Function", "Array", "Number", "Boolean", "String", "Symbol", "Date",
    "Promise", "RegExp", "Error", "AggregateError", "EvalError", "RangeError",
    "ReferenceError", "SyntaxError", "TypeError", "URIError", "ArrayBuffer",
    "Uint8Array", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array",
    "Int32Array", "Float32Array", "Float64Array", "Uint8ClampedArray",
    "BigUint64Array", "BigInt64Array", "DataView", "Map", "BigInt", "Set",
    "WeakMap", "WeakSet", "Proxy", "Reflect", "FinalizationRegistry", "WeakRef",
    "SharedArrayBuffer", "Atomics", "Intl", "JSON", "Math", "WebAssembly",
    "Buffer", "TextEncoder", "TextDecoder",
    "AbortController", "AbortSignal", "EventTarget", "Event", "MessageChannel",
    "MessagePort", "MessageEvent", "Blob", "Performance", "Iterator",
};

static bool is_builtin_ctor_name(JSValue name)
{
    if (!js_is_string(name))
        return false;
    for (size_t i = 0; i < JS_COUNTOF(builtin_ctor_names); i++)
        if (js_string_eq_ascii(name, builtin_ctor_names[i]))
            return true;
    return false;
}

/* hasBuiltInToString: whether %s should inspect the object (true) rather
 * than call its own toString / Symbol.toPrimitive. -1 on exception. */
static int has_builtin_to_string(JSValue v)
{
    bool check_to_string = true, check_to_prim = true;
    JSValue ts = js_get_property(v, JS_ATOM(toString));
    if (ts == JS_EXCEPTION)
        return -1;
    JSValue tp = js_get_property(v, JS_SYM(toPrimitive));
    if (tp == JS_EXCEPTION)
        return -1;
    if (!js_is_callable(ts)) {
        if (!js_is_callable(tp))
            return 1;
        int r = js_has_own_property(v, JS_SYM(toPrimitive));
        if (r != 0)
            return r < 0 ? -1 : 0;
        check_to_string = false;
    } else {
        int r = js_has_own_property(v, JS_ATOM(toString));
        if (r != 0)
            return r < 0 ? -1 : 0;
        if (!js_is_callable(tp)) {
            check_to_prim = false;
        } else {
            r = js_has_own_property(v, JS_SYM(toPrimitive));
            if (r != 0)
                return r < 0 ? -1 : 0;
        }
    }
    JSValue p = v;
    for (;;) {
        p = js_get_prototype(p);
        if (!js_is_object(p))
            return 1;
        int a = check_to_string ? js_has_own_property(p, JS_ATOM(toString)) : 0;
        int b = check_to_prim ? js_has_own_property(p, JS_SYM(toPrimitive)) : 0;
        if (a < 0 || b < 0)
            return -1;
        if (a || b)
            break;
    }
    JSPropertyDescriptor d;
    int r = js_get_own_property(p, JS_ATOM(constructor), &d);
    if (r < 0)
        return -1;
    if (r == 0 || !(d.has & JS_DESC_HAS_VALUE) || !js_is_function(d.value))
        return 0;
    JSValue name = js_function_name(d.value);
    if (name == JS_EXCEPTION)
        return -1;
    return is_builtin_ctor_name(name);
}

/* ToString then parseInt(s) (radix 10, or 16 with a 0x prefix). */
static double parse_int_value(JSValue v)
{
    size_t n;
    char *s = js_string_to_utf8(v, &n);
    const char *p = s;
    while (*p && (isspace((unsigned char)*p) || (unsigned char)*p >= 0x80)) {
        if ((unsigned char)*p >= 0x80) {
            /* U+00A0, U+FEFF, U+2028/9 and friends: skip the whole sequence
             * only when it is a known white space. */
            if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0) { p += 2; continue; }
            if ((unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF) { p += 3; continue; }
            break;
        }
        p++;
    }
    double sign = 1;
    if (*p == '-' || *p == '+') {
        if (*p == '-')
            sign = -1;
        p++;
    }
    int radix = 10;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        radix = 16;
        p += 2;
    }
    double r = 0;
    bool any = false;
    for (;; p++) {
        int d;
        if (*p >= '0' && *p <= '9') d = *p - '0';
        else if (radix == 16 && *p >= 'a' && *p <= 'f') d = *p - 'a' + 10;
        else if (radix == 16 && *p >= 'A' && *p <= 'F') d = *p - 'A' + 10;
        else break;
        r = r * radix + d;
        any = true;
    }
    if (!any)
        return NAN;
    if (radix == 10) {
        /* exact decimal conversion for long digit strings */
        const char *start = p;
        while (start > s && isdigit((unsigned char)start[-1]))
            start--;
        r = strtod(str_ndup(start, (size_t)(p - start)), NULL);
    }
    return sign * r;
}

/* parseFloat(String(v)). */
static double parse_float_value(JSValue v)
{
    char *s = js_string_to_utf8(v, NULL);
    const char *p = s;
    while (*p && isspace((unsigned char)*p))
        p++;
    const char *q = p;
    if (*q == '+' || *q == '-')
        q++;
    if (strncmp(q, "Infinity", 8) == 0)
        return *p == '-' ? -INFINITY : INFINITY;
    const char *start = q;
    while (isdigit((unsigned char)*q))
        q++;
    bool digits = q > start;
    if (*q == '.') {
        q++;
        const char *f = q;
        while (isdigit((unsigned char)*q))
            q++;
        digits = digits || q > f;
    }
    if (!digits)
        return NAN;
    if (*q == 'e' || *q == 'E') {
        const char *e = q + 1;
        if (*e == '+' || *e == '-')
            e++;
        if (isdigit((unsigned char)*e)) {
            while (isdigit((unsigned char)*e))
                e++;
            q = e;
        }
    }
    return strtod(str_ndup(p, (size_t)(q - p)), NULL);
}

static JSValue circular_message;

/* JSON.stringify(v); '[Circular]' for the circular-structure TypeError. */
static char *try_stringify(JSValue v)
{
    JSValue json = js_get_property_str(js_realm.global, "JSON");
    if (json == JS_EXCEPTION)
        return NULL;
    JSValue fn = js_is_object(json) ? js_get_property_str(json, "stringify") : JS_UNDEFINED;
    if (fn == JS_EXCEPTION)
        return NULL;
    if (!js_is_callable(fn))
        return str_dup("undefined");
    JSValue r = js_call(fn, json, 1, &v);
    if (r != JS_EXCEPTION)
        return r == JS_UNDEFINED ? str_dup("undefined") : js_string_to_utf8(r, NULL);
    JSValue err = rt_take_exception();
    if (circular_message == 0) {
        JSValue a = js_new_object();
        js_set_property_str(a, "a", a);
        if (js_call(fn, json, 1, &a) == JS_EXCEPTION) {
            JSValue ce = rt_take_exception();
            JSValue m = js_is_object(ce) ? js_get_property(ce, JS_ATOM(message)) : JS_UNDEFINED;
            circular_message = js_is_string(m) ? m : JS_UNDEFINED;
            if (js_has_exception())
                rt_take_exception();
        } else {
            circular_message = JS_UNDEFINED;
        }
    }
    if (js_is_object(err) && js_is_string(circular_message)) {
        JSValue m = js_get_property(err, JS_ATOM(message));
        if (m == JS_EXCEPTION)
            return NULL;
        if (js_is_string(m)) {
            /* compare the first lines */
            char *a = js_string_to_utf8(m, NULL), *b = js_string_to_utf8(circular_message, NULL);
            char *na = strchr(a, '\n'), *nb = strchr(b, '\n');
            if (na) *na = 0;
            if (nb) *nb = 0;
            if (strcmp(a, b) == 0)
                return str_dup("[Circular]");
        }
    }
    js_throw(err);
    return NULL;
}

static char *format_number_value(JSValue v, const JSInspectOptions *opts)
{
    double d;
    if (js_to_number(v, &d) < 0)
        return NULL;
    return js_inspect_format_number(d, opts->numeric_separator);
}

char *js_format_utf8(const JSInspectOptions *opts_in, int argc, const JSValue *argv, size_t *len_out)
{
    JSInspectOptions opts;
    if (opts_in)
        opts = *opts_in;
    else
        js_inspect_default_options(&opts);
    StrBuf b;
    sb_init(&b);
    int a = 0;
    const char *join = "";
    if (argc > 0 && js_is_string(argv[0])) {
        if (argc == 1) {
            size_t n;
            char *s = js_string_to_utf8(argv[0], &n);
            if (len_out)
                *len_out = n;
            return s;
        }
        JSValue first = argv[0];
        JSString *f = js_string_flatten(js_str(first));
        uint32_t flen = js_string_length(first);
        uint32_t last = 0;
        for (uint32_t i = 0; i + 1 < flen; i++) {
            if (js_flat_char_at(f, i) != '%')
                continue;
            uint16_t next = js_flat_char_at(f, ++i);
            if (a + 1 != argc) {
                char *temp = NULL;
                switch (next) {
                case 's': {
                    JSValue arg = argv[++a];
                    if (js_is_number(arg)) {
                        temp = js_inspect_format_number(js_to_double(arg), opts.numeric_separator);
                    } else if (!js_is_object(arg) || js_is_function(arg)) {
                        /* typeof !== 'object': String(arg) (functions print their source) */
                        JSValue s = js_is_symbol(arg) ? js_symbol_descriptive_string(arg) : js_to_string(arg);
                        if (s == JS_EXCEPTION)
                            return NULL;
                        temp = js_string_to_utf8(s, NULL);
                    } else {
                        int r = has_builtin_to_string(arg);
                        if (r < 0)
                            return NULL;
                        if (!r) {
                            JSValue s = js_to_string(arg);
                            if (s == JS_EXCEPTION)
                                return NULL;
                            temp = js_string_to_utf8(s, NULL);
                        } else {
                            JSInspectOptions o = opts;
                            o.compact = 3;
                            o.depth = 0;
                            temp = js_inspect_utf8(arg, &o, NULL);
                            if (!temp)
                                return NULL;
                        }
                    }
                    break;
                }
                case 'j':
                    temp = try_stringify(argv[++a]);
                    if (!temp)
                        return NULL;
                    break;
                case 'd': {
                    JSValue arg = argv[++a];
                    /* TODO(#2-later): BigInt prints with its n suffix. */
                    if (js_is_symbol(arg))
                        temp = str_dup("NaN");
                    else if (!(temp = format_number_value(arg, &opts)))
                        return NULL;
                    break;
                }
                case 'O':
                    temp = js_inspect_utf8(argv[++a], &opts, NULL);
                    if (!temp)
                        return NULL;
                    break;
                case 'o': {
                    JSInspectOptions o = opts;
                    o.show_hidden = true;
                    o.depth = 4;
                    temp = js_inspect_utf8(argv[++a], &o, NULL);
                    if (!temp)
                        return NULL;
                    break;
                }
                case 'i': {
                    JSValue arg = argv[++a];
                    if (js_is_symbol(arg)) {
                        temp = str_dup("NaN");
                    } else {
                        JSValue s = js_to_string(arg);
                        if (s == JS_EXCEPTION)
                            return NULL;
                        temp = js_inspect_format_number(parse_int_value(s), opts.numeric_separator);
                    }
                    break;
                }
                case 'f': {
                    JSValue arg = argv[++a];
                    if (js_is_symbol(arg)) {
                        temp = str_dup("NaN");
                    } else {
                        JSValue s = js_to_string(arg);
                        if (s == JS_EXCEPTION)
                            return NULL;
                        temp = js_inspect_format_number(parse_float_value(s), opts.numeric_separator);
                    }
                    break;
                }
                case 'c':
                    a++;
                    temp = str_dup("");
                    break;
                case '%':
                    sb_put_jsstring(&b, js_string_substring(first, last, i));
                    last = i + 1;
                    continue;
                default:
                    continue;
                }
                if (last != i - 1)
                    sb_put_jsstring(&b, js_string_substring(first, last, i - 1));
                sb_puts(&b, temp);
                last = i + 1;
            } else if (next == '%') {
                sb_put_jsstring(&b, js_string_substring(first, last, i));
                last = i + 1;
            }
        }
        if (last != 0) {
            a++;
            join = " ";
            if (last < flen)
                sb_put_jsstring(&b, js_string_substring(first, last, flen));
        }
    }
    for (; a < argc; a++) {
        sb_puts(&b, join);
        if (js_is_string(argv[a])) {
            sb_put_jsstring(&b, argv[a]);
        } else {
            char *s = js_inspect_utf8(argv[a], &opts, NULL);
            if (!s)
                return NULL;
            sb_puts(&b, s);
        }
        join = " ";
    }
    if (len_out)
        *len_out = b.len;
    return sb_str(&b);
}
