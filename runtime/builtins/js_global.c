/*
 * js_global.c — the value properties and functions of the global object
 * (§19.1, §19.2): NaN, Infinity, undefined, globalThis, parseInt,
 * parseFloat, isNaN, isFinite and the URI functions.
 *
 * parseInt reads the longest prefix of digits of the radix and rounds it
 * correctly for radix 10 (through strtod) and for power-of-two radixes
 * (through a hexadecimal float); other radixes accumulate in doubles, which
 * the specification allows beyond 20 significant digits.
 */
#include "builtins.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int digit_value(uint16_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* Correctly rounded value of digits[0..n) in radix 2^k. */
static double parse_pow2(const JSString *s, uint32_t start, uint32_t n, int k)
{
    /* Build the bit string, then read it as a hexadecimal float. */
    size_t nbits = (size_t)n * (size_t)k;
    size_t pad = (4 - nbits % 4) % 4;
    size_t nhex = (nbits + pad) / 4;
    char *hex = rt_alloc_atomic(nhex + 8);
    memcpy(hex, "0x", 2);
    size_t bitpos = pad; /* leading zero bits */
    memset(hex + 2, 0, nhex);
    for (uint32_t i = 0; i < n; i++) {
        int d = digit_value(js_flat_char_at(s, start + i));
        for (int b = k - 1; b >= 0; b--, bitpos++)
            if ((d >> b) & 1)
                hex[2 + bitpos / 4] |= (char)(1 << (3 - bitpos % 4));
    }
    for (size_t i = 0; i < nhex; i++)
        hex[2 + i] = "0123456789abcdef"[(int)hex[2 + i]];
    memcpy(hex + 2 + nhex, "p0", 3);
    return strtod(hex, NULL);
}

double js_parse_int_chars(const JSString *s, int32_t radix, bool *ok)
{
    uint32_t len = s->length, i = 0;
    *ok = false;
    while (i < len && js_is_space_unit(js_flat_char_at(s, i)))
        i++;
    int sign = 1;
    if (i < len && (js_flat_char_at(s, i) == '-' || js_flat_char_at(s, i) == '+')) {
        if (js_flat_char_at(s, i) == '-')
            sign = -1;
        i++;
    }
    bool strip_prefix = true;
    if (radix != 0) {
        if (radix < 2 || radix > 36)
            return NAN;
        if (radix != 16)
            strip_prefix = false;
    } else {
        radix = 10;
    }
    if (strip_prefix && i + 1 < len && js_flat_char_at(s, i) == '0' &&
        (js_flat_char_at(s, i + 1) == 'x' || js_flat_char_at(s, i + 1) == 'X')) {
        i += 2;
        radix = 16;
    }
    uint32_t start = i;
    while (i < len && digit_value(js_flat_char_at(s, i)) < radix)
        i++;
    uint32_t n = i - start;
    if (n == 0)
        return NAN;
    *ok = true;
    double v;
    if (radix == 10) {
        char small[64];
        char *buf = n < sizeof small ? small : rt_alloc_atomic(n + 1);
        for (uint32_t j = 0; j < n; j++)
            buf[j] = (char)js_flat_char_at(s, start + j);
        buf[n] = '\0';
        v = strtod(buf, NULL);
    } else if ((radix & (radix - 1)) == 0) {
        v = parse_pow2(s, start, n, __builtin_ctz((unsigned)radix));
    } else {
        v = 0;
        for (uint32_t j = 0; j < n; j++)
            v = v * radix + digit_value(js_flat_char_at(s, start + j));
    }
    return sign * v;
}

static JS_NATIVE(js_global_parse_int)
{
    JSValue str = js_to_string(js_arg(argc, argv, 0));
    if (str == JS_EXCEPTION)
        return JS_EXCEPTION;
    int32_t radix = 0;
    if (js_to_int32(js_arg(argc, argv, 1), &radix) < 0)
        return JS_EXCEPTION;
    bool ok;
    return js_mk_number(js_parse_int_chars(js_string_flatten(js_str(str)), radix, &ok));
}

/* Length of the longest StrDecimalLiteral prefix of s from i (0 if none);
 * also used by the string-to-number paths that need a prefix. */
static uint32_t decimal_literal_prefix(const JSString *s, uint32_t i)
{
    uint32_t len = s->length, start = i;
    if (i < len && (js_flat_char_at(s, i) == '+' || js_flat_char_at(s, i) == '-'))
        i++;
    static const char inf[] = "Infinity";
    uint32_t k = 0;
    while (k < 8 && i + k < len && js_flat_char_at(s, i + k) == (uint16_t)inf[k])
        k++;
    if (k == 8)
        return i + 8 - start;
    uint32_t digits = 0;
    while (i < len && js_flat_char_at(s, i) >= '0' && js_flat_char_at(s, i) <= '9')
        i++, digits++;
    if (i < len && js_flat_char_at(s, i) == '.') {
        uint32_t j = i + 1, frac = 0;
        while (j < len && js_flat_char_at(s, j) >= '0' && js_flat_char_at(s, j) <= '9')
            j++, frac++;
        if (digits + frac > 0) {
            i = j;
            digits += frac;
        }
    }
    if (digits == 0)
        return 0;
    if (i < len && (js_flat_char_at(s, i) == 'e' || js_flat_char_at(s, i) == 'E')) {
        uint32_t j = i + 1;
        if (j < len && (js_flat_char_at(s, j) == '+' || js_flat_char_at(s, j) == '-'))
            j++;
        uint32_t ed = 0;
        while (j < len && js_flat_char_at(s, j) >= '0' && js_flat_char_at(s, j) <= '9')
            j++, ed++;
        if (ed > 0)
            i = j;
    }
    return i - start;
}

double js_parse_float_chars(const JSString *s)
{
    uint32_t len = s->length, i = 0;
    while (i < len && js_is_space_unit(js_flat_char_at(s, i)))
        i++;
    uint32_t n = decimal_literal_prefix(s, i);
    if (n == 0)
        return NAN;
    char small[64];
    char *buf = n < sizeof small ? small : rt_alloc_atomic(n + 1);
    for (uint32_t j = 0; j < n; j++)
        buf[j] = (char)js_flat_char_at(s, i + j);
    buf[n] = '\0';
    char *p = buf;
    bool neg = false;
    if (*p == '+' || *p == '-')
        neg = *p++ == '-';
    double v = *p == 'I' ? INFINITY : strtod(p, NULL);
    return neg ? -v : v;
}

static JS_NATIVE(js_global_parse_float)
{
    JSValue str = js_to_string(js_arg(argc, argv, 0));
    if (str == JS_EXCEPTION)
        return JS_EXCEPTION;
    return js_mk_number(js_parse_float_chars(js_string_flatten(js_str(str))));
}

static JS_NATIVE(js_global_is_nan)
{
    double d;
    if (js_to_number(js_arg(argc, argv, 0), &d) < 0)
        return JS_EXCEPTION;
    return js_mk_bool(isnan(d));
}

static JS_NATIVE(js_global_is_finite)
{
    double d;
    if (js_to_number(js_arg(argc, argv, 0), &d) < 0)
        return JS_EXCEPTION;
    return js_mk_bool(isfinite(d));
}

/* ---- URI encoding (§19.2.6) --------------------------------------------- */

static const char uri_reserved[] = ";/?:@&=+$,";
static const char uri_unescaped_extra[] = "-_.!~*'()";

static bool in_set(uint16_t c, const char *set)
{
    return c < 128 && c != 0 && strchr(set, (int)c) != NULL;
}

static bool is_alnum(uint16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static JSValue uri_error(void)
{
    return js_throw_error(JS_URI_ERROR, "URI malformed");
}

/* Encode(string, extraUnescaped) */
static JSValue uri_encode(JSValue arg, bool component)
{
    JSValue str = js_to_string(arg);
    if (str == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSString *s = js_string_flatten(js_str(str));
    JSStringBuilder sb;
    js_sb_init(&sb);
    static const char hex[] = "0123456789ABCDEF";
    for (uint32_t k = 0; k < s->length; k++) {
        uint16_t c = js_flat_char_at(s, k);
        if (is_alnum(c) || in_set(c, uri_unescaped_extra) ||
            (!component && (in_set(c, uri_reserved) || c == '#'))) {
            js_sb_putc(&sb, c);
            continue;
        }
        uint32_t cp = c;
        if (c >= 0xDC00 && c <= 0xDFFF)
            return uri_error();
        if (c >= 0xD800 && c <= 0xDBFF) {
            if (k + 1 >= s->length)
                return uri_error();
            uint16_t c2 = js_flat_char_at(s, k + 1);
            if (c2 < 0xDC00 || c2 > 0xDFFF)
                return uri_error();
            cp = 0x10000 + ((uint32_t)(c - 0xD800) << 10) + (c2 - 0xDC00);
            k++;
        }
        uint8_t bytes[4];
        int n;
        if (cp < 0x80) {
            bytes[0] = (uint8_t)cp;
            n = 1;
        } else if (cp < 0x800) {
            bytes[0] = (uint8_t)(0xC0 | (cp >> 6));
            bytes[1] = (uint8_t)(0x80 | (cp & 0x3F));
            n = 2;
        } else if (cp < 0x10000) {
            bytes[0] = (uint8_t)(0xE0 | (cp >> 12));
            bytes[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
            bytes[2] = (uint8_t)(0x80 | (cp & 0x3F));
            n = 3;
        } else {
            bytes[0] = (uint8_t)(0xF0 | (cp >> 18));
            bytes[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
            bytes[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
            bytes[3] = (uint8_t)(0x80 | (cp & 0x3F));
            n = 4;
        }
        for (int b = 0; b < n; b++) {
            js_sb_putc(&sb, '%');
            js_sb_putc(&sb, (uint16_t)hex[bytes[b] >> 4]);
            js_sb_putc(&sb, (uint16_t)hex[bytes[b] & 15]);
        }
    }
    return js_sb_finish(&sb);
}

static int hex_val(uint16_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Decode(string, preserveEscapeSet) */
static JSValue uri_decode(JSValue arg, bool component)
{
    JSValue str = js_to_string(arg);
    if (str == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSString *s = js_string_flatten(js_str(str));
    uint32_t len = s->length;
    JSStringBuilder sb;
    js_sb_init(&sb);
    for (uint32_t k = 0; k < len; k++) {
        uint16_t c = js_flat_char_at(s, k);
        if (c != '%') {
            js_sb_putc(&sb, c);
            continue;
        }
        uint32_t start = k;
        if (k + 2 >= len)
            return uri_error();
        int h1 = hex_val(js_flat_char_at(s, k + 1)), h2 = hex_val(js_flat_char_at(s, k + 2));
        if (h1 < 0 || h2 < 0)
            return uri_error();
        uint8_t b = (uint8_t)(h1 * 16 + h2);
        k += 2;
        if (b < 0x80) {
            if (!component && (in_set(b, uri_reserved) || b == '#')) {
                for (uint32_t j = start; j <= k; j++)
                    js_sb_putc(&sb, js_flat_char_at(s, j));
            } else {
                js_sb_putc(&sb, b);
            }
            continue;
        }
        int n;
        uint32_t cp, min;
        if ((b & 0xE0) == 0xC0) {
            n = 2; cp = b & 0x1F; min = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            n = 3; cp = b & 0x0F; min = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            n = 4; cp = b & 0x07; min = 0x10000;
        } else {
            return uri_error();
        }
        if (k + 3 * (uint32_t)(n - 1) >= len)
            return uri_error();
        for (int j = 1; j < n; j++) {
            k++;
            if (js_flat_char_at(s, k) != '%')
                return uri_error();
            int a1 = hex_val(js_flat_char_at(s, k + 1)), a2 = hex_val(js_flat_char_at(s, k + 2));
            if (a1 < 0 || a2 < 0)
                return uri_error();
            uint8_t cb = (uint8_t)(a1 * 16 + a2);
            if ((cb & 0xC0) != 0x80)
                return uri_error();
            cp = (cp << 6) | (cb & 0x3F);
            k += 2;
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return uri_error();
        js_sb_put_code_point(&sb, cp);
    }
    return js_sb_finish(&sb);
}

static JS_NATIVE(js_global_encode_uri) { return uri_encode(js_arg(argc, argv, 0), false); }
static JS_NATIVE(js_global_encode_uri_component) { return uri_encode(js_arg(argc, argv, 0), true); }
static JS_NATIVE(js_global_decode_uri) { return uri_decode(js_arg(argc, argv, 0), false); }
static JS_NATIVE(js_global_decode_uri_component) { return uri_decode(js_arg(argc, argv, 0), true); }

/* escape / unescape (Annex B.2.1) */
static JS_NATIVE(js_global_escape)
{
    JSValue str = js_to_string(js_arg(argc, argv, 0));
    if (str == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSString *s = js_string_flatten(js_str(str));
    static const char hex[] = "0123456789ABCDEF";
    JSStringBuilder sb;
    js_sb_init(&sb);
    for (uint32_t k = 0; k < s->length; k++) {
        uint16_t c = js_flat_char_at(s, k);
        if (is_alnum(c) || (c < 128 && strchr("@*_+-./", (int)c) && c != 0)) {
            js_sb_putc(&sb, c);
        } else if (c < 256) {
            js_sb_putc(&sb, '%');
            js_sb_putc(&sb, (uint16_t)hex[c >> 4]);
            js_sb_putc(&sb, (uint16_t)hex[c & 15]);
        } else {
            js_sb_puts(&sb, "%u");
            for (int sh = 12; sh >= 0; sh -= 4)
                js_sb_putc(&sb, (uint16_t)hex[(c >> sh) & 15]);
        }
    }
    return js_sb_finish(&sb);
}

static JS_NATIVE(js_global_unescape)
{
    JSValue str = js_to_string(js_arg(argc, argv, 0));
    if (str == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSString *s = js_string_flatten(js_str(str));
    uint32_t len = s->length;
    JSStringBuilder sb;
    js_sb_init(&sb);
    for (uint32_t k = 0; k < len; k++) {
        uint16_t c = js_flat_char_at(s, k);
        if (c == '%') {
            if (k + 5 < len && js_flat_char_at(s, k + 1) == 'u') {
                int v = 0, ok = 1;
                for (uint32_t j = k + 2; j < k + 6; j++) {
                    int h = hex_val(js_flat_char_at(s, j));
                    if (h < 0)
                        ok = 0;
                    v = v * 16 + h;
                }
                if (ok) {
                    js_sb_putc(&sb, (uint16_t)v);
                    k += 5;
                    continue;
                }
            }
            if (k + 2 < len) {
                int h1 = hex_val(js_flat_char_at(s, k + 1)), h2 = hex_val(js_flat_char_at(s, k + 2));
                if (h1 >= 0 && h2 >= 0) {
                    js_sb_putc(&sb, (uint16_t)(h1 * 16 + h2));
                    k += 2;
                    continue;
                }
            }
        }
        js_sb_putc(&sb, c);
    }
    return js_sb_finish(&sb);
}

static const JSPropDef global_props[] = {
    JS_CFUNC_DEF("escape", 1, js_global_escape),
    JS_CFUNC_DEF("unescape", 1, js_global_unescape),
    JS_CFUNC_DEF("parseInt", 2, js_global_parse_int),
    JS_CFUNC_DEF("parseFloat", 1, js_global_parse_float),
    JS_CFUNC_DEF("isNaN", 1, js_global_is_nan),
    JS_CFUNC_DEF("isFinite", 1, js_global_is_finite),
    JS_CFUNC_DEF("decodeURI", 1, js_global_decode_uri),
    JS_CFUNC_DEF("decodeURIComponent", 1, js_global_decode_uri_component),
    JS_CFUNC_DEF("encodeURI", 1, js_global_encode_uri),
    JS_CFUNC_DEF("encodeURIComponent", 1, js_global_encode_uri_component),
    JS_PROP_DOUBLE_DEF("NaN", NAN, 0),
    JS_PROP_DOUBLE_DEF("Infinity", INFINITY, 0),
    JS_PROP_UNDEFINED_DEF("undefined", 0),
};

void js_init_global(JSValue global)
{
    js_install_props(global, global_props, JS_COUNTOF(global_props));
    if (js_has_own_property(global, JS_ATOM(globalThis)) == 0)
        js_define_property_value(global, JS_ATOM(globalThis), global, JS_PROP_C_W);
}
