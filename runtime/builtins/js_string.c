/*
 * js_string.c — the String constructor, String.fromCharCode/fromCodePoint/
 * raw and String.prototype (§22.1), on the runtime's UTF-16 strings.
 *
 * Methods read flat strings through js_flat_char_at (one-byte and two-byte
 * storage alike); searching uses memchr/memcmp when both strings are
 * one-byte. Case mapping is full Unicode (SpecialCasing included, and the
 * final-sigma rule of toLowerCase) from the generated js_unicase_table.h,
 * with an ASCII fast path. localeCompare approximates the root collation of
 * ICU for the common case: letters compare case- and accent-insensitively
 * first (digits before letters, punctuation before digits), then by accent,
 * then lower case before upper case, then by code unit.
 *
 * A RegExp argument to split/replace/match/search is delegated through the
 * well-known symbol methods (Symbol.split & co.) when the object has one.
 */
#include "builtins.h"

#include <stdlib.h>
#include <utf8proc.h>

#include <math.h>

#include "js_unicase_table.h"

#define JS_STRING_MAX_LEN ((1u << 29) - 24) /* as V8: "Invalid string length" */

/* ---- helpers --------------------------------------------------------------- */

/* RequireObjectCoercible(this) + ToString, flattened. */
static JSValue this_str(JSValue this_val, const char *method)
{
    if (js_is_string(this_val))
        return this_val;
    if (js_is_nullish(this_val))
        return js_throw_type_error("String.prototype.%s called on null or undefined", method);
    return js_to_string(this_val);
}

static inline JSString *flat(JSValue s)
{
    return js_string_flatten(js_str(s));
}

static JSValue arg_str(int32_t argc, const JSValue *argv, int32_t i)
{
    JSValue v = js_arg(argc, argv, i);
    return js_is_string(v) ? v : js_to_string(v);
}

/* First index >= from where t occurs in s, or -1. */
static int64_t str_index_of(const JSString *s, const JSString *t, int64_t from)
{
    int64_t n = s->length, m = t->length;
    if (m == 0)
        return from <= n ? from : n;
    if (m > n)
        return -1;
    if (!js_string_is_two_byte(s) && !js_string_is_two_byte(t)) {
        const uint8_t *a = s->u.latin1, *b = t->u.latin1;
        for (int64_t i = from; i + m <= n;) {
            const uint8_t *p = memchr(a + i, b[0], (size_t)(n - m - i + 1));
            if (!p)
                return -1;
            i = p - a;
            if (memcmp(a + i, b, (size_t)m) == 0)
                return i;
            i++;
        }
        return -1;
    }
    uint16_t first = js_flat_char_at(t, 0);
    for (int64_t i = from; i + m <= n; i++) {
        if (js_flat_char_at(s, (uint32_t)i) != first)
            continue;
        int64_t j = 1;
        while (j < m && js_flat_char_at(s, (uint32_t)(i + j)) == js_flat_char_at(t, (uint32_t)j))
            j++;
        if (j == m)
            return i;
    }
    return -1;
}

/* Last index <= from where t occurs in s, or -1. */
static int64_t str_last_index_of(const JSString *s, const JSString *t, int64_t from)
{
    int64_t n = s->length, m = t->length;
    if (from > n - m)
        from = n - m;
    for (int64_t i = from; i >= 0; i--) {
        int64_t j = 0;
        while (j < m && js_flat_char_at(s, (uint32_t)(i + j)) == js_flat_char_at(t, (uint32_t)j))
            j++;
        if (j == m)
            return i;
    }
    return -1;
}

static bool is_regexp(JSValue v)
{
    if (!js_is_object(v))
        return false;
    JSValue m = js_get_property(v, JS_SYM(match));
    if (m == JS_EXCEPTION) {
        rt_take_exception();
        return js_cell_kind(v) == JS_CELL_REGEXP;
    }
    if (!js_is_undefined(m))
        return js_to_boolean(m);
    return js_cell_kind(v) == JS_CELL_REGEXP;
}

/* ---- constructor and statics --------------------------------------------------- */

static JS_NATIVE(js_string_ctor)
{
    JSValue s;
    if (argc == 0) {
        s = JS_ATOM(empty);
    } else if (js_is_undefined(new_target) && js_is_symbol(argv[0])) {
        return js_symbol_descriptive_string(argv[0]);
    } else {
        s = js_to_string(argv[0]);
        if (s == JS_EXCEPTION)
            return JS_EXCEPTION;
    }
    if (js_is_undefined(new_target))
        return s;
    JSValue obj = js_create_from_ctor(new_target, js_realm.string_proto,
                                      JS_CELL_STRING_OBJECT, sizeof(JSPrimitiveObject));
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    ((JSPrimitiveObject *)js_cell_ptr(obj))->value = s;
    return obj;
}

static JS_NATIVE(js_string_static_from_char_code)
{
    if (argc == 1) {
        uint32_t u;
        if (js_to_uint32(argv[0], &u) < 0)
            return JS_EXCEPTION;
        return js_string_from_char_code((uint16_t)u);
    }
    JSStringBuilder sb;
    js_sb_init(&sb);
    for (int32_t i = 0; i < argc; i++) {
        uint32_t u;
        if (js_to_uint32(argv[i], &u) < 0)
            return JS_EXCEPTION;
        js_sb_putc(&sb, (uint16_t)u);
    }
    return js_sb_finish(&sb);
}

static JS_NATIVE(js_string_static_from_code_point)
{
    JSStringBuilder sb;
    js_sb_init(&sb);
    for (int32_t i = 0; i < argc; i++) {
        double d;
        if (js_to_number(argv[i], &d) < 0)
            return JS_EXCEPTION;
        if (!(d >= 0 && d <= 0x10FFFF) || trunc(d) != d) {
            JSValue s = js_to_string(argv[i]);
            return js_throw_range_error("Invalid code point %s",
                                        s == JS_EXCEPTION ? "" : js_string_to_utf8(s, NULL));
        }
        js_sb_put_code_point(&sb, (uint32_t)d);
    }
    return js_sb_finish(&sb);
}

static JS_NATIVE(js_string_static_raw)
{
    JSValue cooked = js_to_object(js_arg(argc, argv, 0));
    if (cooked == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue raw = js_get_property(cooked, JS_ATOM(raw));
    if (raw == JS_EXCEPTION)
        return JS_EXCEPTION;
    raw = js_to_object(raw);
    if (raw == JS_EXCEPTION)
        return JS_EXCEPTION;
    int64_t len;
    if (js_get_length(raw, &len) < 0)
        return JS_EXCEPTION;
    JSStringBuilder sb;
    js_sb_init(&sb);
    for (int64_t i = 0; i < len; i++) {
        JSValue seg = js_get_index(raw, (uint32_t)i);
        if (seg == JS_EXCEPTION || (seg = js_to_string(seg)) == JS_EXCEPTION)
            return JS_EXCEPTION;
        js_sb_put_string(&sb, seg);
        if (i + 1 < len && i + 1 < argc) {
            JSValue sub = js_to_string(argv[i + 1]);
            if (sub == JS_EXCEPTION)
                return JS_EXCEPTION;
            js_sb_put_string(&sb, sub);
        }
    }
    return js_sb_finish(&sb);
}

/* ---- character access ---------------------------------------------------------- */

static JS_NATIVE(js_string_proto_char_at)
{
    JSValue s = this_str(this_val, "charAt");
    double pos;
    if (s == JS_EXCEPTION || js_arg_integer(argc, argv, 0, &pos) < 0)
        return JS_EXCEPTION;
    if (pos < 0 || pos >= js_string_length(s))
        return JS_ATOM(empty);
    return js_string_from_char_code(js_string_char_at(s, (uint32_t)pos));
}

static JS_NATIVE(js_string_proto_char_code_at)
{
    JSValue s = this_str(this_val, "charCodeAt");
    double pos;
    if (s == JS_EXCEPTION || js_arg_integer(argc, argv, 0, &pos) < 0)
        return JS_EXCEPTION;
    if (pos < 0 || pos >= js_string_length(s))
        return js_mk_double(NAN);
    return js_mk_int32(js_string_char_at(s, (uint32_t)pos));
}

static JS_NATIVE(js_string_proto_code_point_at)
{
    JSValue s = this_str(this_val, "codePointAt");
    double pos;
    if (s == JS_EXCEPTION || js_arg_integer(argc, argv, 0, &pos) < 0)
        return JS_EXCEPTION;
    if (pos < 0 || pos >= js_string_length(s))
        return JS_UNDEFINED;
    uint32_t units;
    return js_mk_int32((int32_t)js_string_code_point_at(s, (uint32_t)pos, &units));
}

static JS_NATIVE(js_string_proto_at)
{
    JSValue s = this_str(this_val, "at");
    double rel;
    if (s == JS_EXCEPTION || js_arg_integer(argc, argv, 0, &rel) < 0)
        return JS_EXCEPTION;
    double len = js_string_length(s);
    double k = rel >= 0 ? rel : len + rel;
    if (k < 0 || k >= len)
        return JS_UNDEFINED;
    return js_string_from_char_code(js_string_char_at(s, (uint32_t)k));
}

/* ---- searching ----------------------------------------------------------------- */

static JS_NATIVE(js_string_proto_index_of)
{
    JSValue s = this_str(this_val, "indexOf");
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue t = arg_str(argc, argv, 0);
    double pos;
    if (t == JS_EXCEPTION || js_arg_integer(argc, argv, 1, &pos) < 0)
        return JS_EXCEPTION;
    double len = js_string_length(s);
    int64_t start = pos < 0 ? 0 : (pos > len ? (int64_t)len : (int64_t)pos);
    return js_mk_number((double)str_index_of(flat(s), flat(t), start));
}

static JS_NATIVE(js_string_proto_last_index_of)
{
    JSValue s = this_str(this_val, "lastIndexOf");
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue t = arg_str(argc, argv, 0);
    if (t == JS_EXCEPTION)
        return JS_EXCEPTION;
    double num;
    if (js_to_number(js_arg(argc, argv, 1), &num) < 0)
        return JS_EXCEPTION;
    double len = js_string_length(s);
    double pos = isnan(num) ? INFINITY : trunc(num);
    int64_t start = pos < 0 ? 0 : (pos > len ? (int64_t)len : (int64_t)pos);
    return js_mk_number((double)str_last_index_of(flat(s), flat(t), start));
}

static JSValue includes_like(JSValue this_val, int32_t argc, const JSValue *argv, int which,
                             const char *name)
{
    JSValue s = this_str(this_val, name);
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue search = js_arg(argc, argv, 0);
    if (is_regexp(search))
        return js_throw_type_error("First argument to String.prototype.%s must not be a "
                                   "regular expression", name);
    JSValue t = js_is_string(search) ? search : js_to_string(search);
    if (t == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSString *fs = flat(s), *ft = flat(t);
    int64_t len = fs->length, tl = ft->length;
    double pos;
    if (which == 2) { /* endsWith: end position, default len */
        if (js_is_undefined(js_arg(argc, argv, 1))) {
            pos = (double)len;
        } else if (js_arg_integer(argc, argv, 1, &pos) < 0) {
            return JS_EXCEPTION;
        }
        int64_t end = pos < 0 ? 0 : (pos > (double)len ? len : (int64_t)pos);
        int64_t start = end - tl;
        if (start < 0)
            return JS_FALSE;
        for (int64_t i = 0; i < tl; i++)
            if (js_flat_char_at(fs, (uint32_t)(start + i)) != js_flat_char_at(ft, (uint32_t)i))
                return JS_FALSE;
        return JS_TRUE;
    }
    if (js_arg_integer(argc, argv, 1, &pos) < 0)
        return JS_EXCEPTION;
    int64_t start = pos < 0 ? 0 : (pos > (double)len ? len : (int64_t)pos);
    if (which == 1) { /* startsWith */
        if (start + tl > len)
            return JS_FALSE;
        for (int64_t i = 0; i < tl; i++)
            if (js_flat_char_at(fs, (uint32_t)(start + i)) != js_flat_char_at(ft, (uint32_t)i))
                return JS_FALSE;
        return JS_TRUE;
    }
    return js_mk_bool(str_index_of(fs, ft, start) >= 0);
}

static JS_NATIVE(js_string_proto_includes) { return includes_like(this_val, argc, argv, 0, "includes"); }
static JS_NATIVE(js_string_proto_starts_with) { return includes_like(this_val, argc, argv, 1, "startsWith"); }
static JS_NATIVE(js_string_proto_ends_with) { return includes_like(this_val, argc, argv, 2, "endsWith"); }

/* ---- substrings ----------------------------------------------------------------- */

static JS_NATIVE(js_string_proto_slice)
{
    JSValue s = this_str(this_val, "slice");
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    int64_t len = js_string_length(s), from, to;
    if (js_arg_relative_index(argc, argv, 0, len, 0, &from) < 0 ||
        js_arg_relative_index(argc, argv, 1, len, len, &to) < 0)
        return JS_EXCEPTION;
    if (from >= to)
        return JS_ATOM(empty);
    return js_string_substring(s, (uint32_t)from, (uint32_t)to);
}

static JS_NATIVE(js_string_proto_substring)
{
    JSValue s = this_str(this_val, "substring");
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    double len = js_string_length(s), a, b = len;
    if (js_arg_integer(argc, argv, 0, &a) < 0)
        return JS_EXCEPTION;
    if (!js_is_undefined(js_arg(argc, argv, 1)) && js_arg_integer(argc, argv, 1, &b) < 0)
        return JS_EXCEPTION;
    a = a < 0 ? 0 : (a > len ? len : a);
    b = b < 0 ? 0 : (b > len ? len : b);
    double from = a < b ? a : b, to = a < b ? b : a;
    return js_string_substring(s, (uint32_t)from, (uint32_t)to);
}

static JS_NATIVE(js_string_proto_substr)
{
    JSValue s = this_str(this_val, "substr");
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    int64_t size = js_string_length(s), start;
    if (js_arg_relative_index(argc, argv, 0, size, 0, &start) < 0)
        return JS_EXCEPTION;
    double len = (double)size;
    if (!js_is_undefined(js_arg(argc, argv, 1)) && js_arg_integer(argc, argv, 1, &len) < 0)
        return JS_EXCEPTION;
    double end = (double)start + len;
    if (end > (double)size)
        end = (double)size;
    if ((double)start >= end)
        return JS_ATOM(empty);
    return js_string_substring(s, (uint32_t)start, (uint32_t)end);
}

/* ---- split, concat, repeat, padding, trimming ----------------------------------------- */

static JS_NATIVE(js_string_proto_split)
{
    if (js_is_nullish(this_val))
        return js_throw_type_error("String.prototype.split called on null or undefined");
    JSValue sep = js_arg(argc, argv, 0), limit = js_arg(argc, argv, 1);
    if (js_is_object(sep)) {
        JSValue splitter = js_get_property(sep, JS_SYM(split));
        if (splitter == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (!js_is_nullish(splitter)) {
            JSValue args[2] = { this_val, limit };
            return js_call(splitter, sep, 2, args);
        }
    }
    JSValue s = js_to_string(this_val);
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    uint32_t lim = 0xFFFFFFFFu;
    if (!js_is_undefined(limit) && js_to_uint32(limit, &lim) < 0)
        return JS_EXCEPTION;
    JSValue r = js_is_string(sep) ? sep : js_to_string(sep);
    if (r == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue a = js_new_array(0);
    if (lim == 0)
        return a;
    if (js_is_undefined(sep)) {
        js_array_push(a, s);
        return a;
    }
    JSString *fs = flat(s), *fr = flat(r);
    uint32_t size = fs->length, rlen = fr->length;
    if (rlen == 0) {
        uint32_t n = size < lim ? size : lim;
        for (uint32_t i = 0; i < n; i++)
            js_array_push(a, js_string_from_char_code(js_flat_char_at(fs, i)));
        return a;
    }
    if (size == 0) {
        js_array_push(a, s);
        return a;
    }
    uint32_t p = 0, count = 0;
    for (;;) {
        int64_t q = str_index_of(fs, fr, p);
        if (q < 0)
            break;
        js_array_push(a, js_string_substring(s, p, (uint32_t)q));
        if (++count >= lim)
            return a;
        p = (uint32_t)q + rlen;
    }
    js_array_push(a, js_string_substring(s, p, size));
    return a;
}

static JS_NATIVE(js_string_proto_concat)
{
    JSValue s = this_str(this_val, "concat");
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    for (int32_t i = 0; i < argc; i++) {
        JSValue t = arg_str(argc, argv, i);
        if (t == JS_EXCEPTION)
            return JS_EXCEPTION;
        if ((uint64_t)js_string_length(s) + js_string_length(t) > JS_STRING_MAX_LEN)
            return js_throw_range_error("Invalid string length");
        s = js_string_concat(s, t);
    }
    return s;
}

static JS_NATIVE(js_string_proto_repeat)
{
    JSValue s = this_str(this_val, "repeat");
    double n;
    if (s == JS_EXCEPTION || js_arg_integer(argc, argv, 0, &n) < 0)
        return JS_EXCEPTION;
    if (n < 0 || isinf(n)) {
        JSValue t = js_to_string(js_arg(argc, argv, 0));
        return js_throw_range_error("Invalid count value: %s",
                                    t == JS_EXCEPTION ? "" : js_string_to_utf8(t, NULL));
    }
    uint32_t len = js_string_length(s);
    if (len == 0 || n == 0)
        return JS_ATOM(empty);
    if (n * len > JS_STRING_MAX_LEN)
        return js_throw_range_error("Invalid string length");
    JSStringBuilder sb;
    js_sb_init(&sb);
    for (uint32_t i = 0; i < (uint32_t)n; i++)
        js_sb_put_string(&sb, s);
    return js_sb_finish(&sb);
}

static JSValue pad(JSValue this_val, int32_t argc, const JSValue *argv, bool at_start)
{
    JSValue s = this_str(this_val, at_start ? "padStart" : "padEnd");
    double max_len;
    if (s == JS_EXCEPTION || js_arg_integer(argc, argv, 0, &max_len) < 0)
        return JS_EXCEPTION;
    uint32_t len = js_string_length(s);
    JSValue fill = js_arg(argc, argv, 1);
    JSValue filler;
    if (js_is_undefined(fill)) {
        filler = js_string_from_char_code(' ');
    } else {
        filler = js_to_string(fill);
        if (filler == JS_EXCEPTION)
            return JS_EXCEPTION;
    }
    if (max_len <= len || js_string_length(filler) == 0)
        return s;
    if (max_len > JS_STRING_MAX_LEN)
        return js_throw_range_error("Invalid string length");
    uint32_t fill_len = (uint32_t)max_len - len, flen = js_string_length(filler);
    JSString *ff = flat(filler);
    JSStringBuilder sb;
    js_sb_init(&sb);
    if (!at_start)
        js_sb_put_string(&sb, s);
    for (uint32_t i = 0; i < fill_len; i++)
        js_sb_putc(&sb, js_flat_char_at(ff, i % flen));
    if (at_start)
        js_sb_put_string(&sb, s);
    return js_sb_finish(&sb);
}

static JS_NATIVE(js_string_proto_pad_start) { return pad(this_val, argc, argv, true); }
static JS_NATIVE(js_string_proto_pad_end) { return pad(this_val, argc, argv, false); }

static JSValue trim(JSValue this_val, bool start, bool end, const char *name)
{
    JSValue s = this_str(this_val, name);
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSString *fs = flat(s);
    uint32_t a = 0, b = fs->length;
    if (start)
        while (a < b && js_is_space_unit(js_flat_char_at(fs, a)))
            a++;
    if (end)
        while (b > a && js_is_space_unit(js_flat_char_at(fs, b - 1)))
            b--;
    if (a == 0 && b == fs->length)
        return s;
    return js_string_substring(s, a, b);
}

static JS_NATIVE(js_string_proto_trim) { return trim(this_val, true, true, "trim"); }
static JS_NATIVE(js_string_proto_trim_start) { return trim(this_val, true, false, "trimStart"); }
static JS_NATIVE(js_string_proto_trim_end) { return trim(this_val, false, true, "trimEnd"); }

/* ---- case mapping --------------------------------------------------------------- */

static const JSCaseMulti *find_multi(const JSCaseMulti *t, size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t[mid].cp == cp)
            return &t[mid];
        if (t[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static uint32_t map_single(const JSCaseRun *t, size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) { /* last run with start <= cp */
        size_t mid = (lo + hi) / 2;
        if (t[mid].start <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return cp;
    const JSCaseRun *r = &t[lo - 1];
    uint32_t off = cp - r->start;
    if (off / r->step < r->count && off % r->step == 0)
        return (uint32_t)((int32_t)cp + r->delta);
    return cp;
}

static uint32_t to_lower_cp(uint32_t cp)
{
    return map_single(js_lower_runs, JS_COUNTOF(js_lower_runs), cp);
}

static uint32_t to_upper_cp(uint32_t cp)
{
    return map_single(js_upper_runs, JS_COUNTOF(js_upper_runs), cp);
}

static bool is_cased(uint32_t cp)
{
    return to_lower_cp(cp) != cp || to_upper_cp(cp) != cp ||
           find_multi(js_upper_multi, JS_COUNTOF(js_upper_multi), cp) != NULL ||
           (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

static bool is_case_ignorable(uint32_t cp)
{
    return cp == '\'' || cp == '.' || cp == ':' || cp == 0xAD || cp == 0xB7 || cp == 0x2019 ||
           (cp >= 0x300 && cp <= 0x36F) || cp == 0x5F4 || cp == 0x2018 || cp == 0x2024;
}

/* Code point at i of a flat string and its width. */
static uint32_t cp_at(const JSString *s, uint32_t i, uint32_t *w)
{
    uint16_t c = js_flat_char_at(s, i);
    *w = 1;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s->length) {
        uint16_t d = js_flat_char_at(s, i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
            *w = 2;
            return 0x10000 + ((uint32_t)(c - 0xD800) << 10) + (d - 0xDC00);
        }
    }
    return c;
}

/* Final sigma (§22.1.3.28, SpecialCasing): Σ at position i becomes ς when
 * a cased letter precedes it and none follows (case-ignorables skipped). */
static bool is_final_sigma(const JSString *s, uint32_t i)
{
    bool before = false;
    for (int64_t j = (int64_t)i - 1; j >= 0; j--) {
        uint32_t c = js_flat_char_at(s, (uint32_t)j);
        if (c >= 0xDC00 && c <= 0xDFFF && j > 0) {
            uint32_t w;
            uint32_t cp = cp_at(s, (uint32_t)(j - 1), &w);
            if (w == 2) {
                c = cp;
                j--;
            }
        }
        if (is_case_ignorable(c))
            continue;
        before = is_cased(c);
        break;
    }
    if (!before)
        return false;
    for (uint32_t j = i + 1, w; j < s->length; j += w) {
        uint32_t c = cp_at(s, j, &w);
        if (is_case_ignorable(c))
            continue;
        return !is_cased(c);
    }
    return true;
}

JSValue js_string_to_case(JSValue s, bool upper)
{
    JSString *fs = flat(s);
    uint32_t n = fs->length;
    if (!js_string_is_two_byte(fs)) {
        /* ASCII fast path: nothing but bytes < 128 that need no special rule. */
        const uint8_t *p = fs->u.latin1;
        uint32_t i = 0;
        while (i < n && p[i] < 0x80)
            i++;
        if (i == n) {
            JSString *r = js_string_alloc(n, false);
            uint8_t *q = js_string_latin1_mut(r);
            for (uint32_t k = 0; k < n; k++) {
                uint8_t c = p[k];
                if (upper && c >= 'a' && c <= 'z')
                    c -= 32;
                else if (!upper && c >= 'A' && c <= 'Z')
                    c += 32;
                q[k] = c;
            }
            return js_mk_cell(r);
        }
    }
    JSStringBuilder sb;
    js_sb_init(&sb);
    for (uint32_t i = 0, w; i < n; i += w) {
        uint32_t cp = cp_at(fs, i, &w);
        if (cp < 0x80) {
            if (upper && cp >= 'a' && cp <= 'z')
                cp -= 32;
            else if (!upper && cp >= 'A' && cp <= 'Z')
                cp += 32;
            js_sb_putc(&sb, (uint16_t)cp);
            continue;
        }
        if (!upper && cp == 0x3A3) {
            js_sb_putc(&sb, is_final_sigma(fs, i) ? 0x3C2 : 0x3C3);
            continue;
        }
        const JSCaseMulti *m = upper ? find_multi(js_upper_multi, JS_COUNTOF(js_upper_multi), cp)
                                     : find_multi(js_lower_multi, JS_COUNTOF(js_lower_multi), cp);
        if (m) {
            for (int k = 0; k < m->n; k++)
                js_sb_put_code_point(&sb, m->to[k]);
            continue;
        }
        js_sb_put_code_point(&sb, upper ? to_upper_cp(cp) : to_lower_cp(cp));
    }
    return js_sb_finish(&sb);
}

static JS_NATIVE(js_string_proto_to_upper_case)
{
    JSValue s = this_str(this_val, "toUpperCase");
    return s == JS_EXCEPTION ? s : js_string_to_case(s, true);
}

static JS_NATIVE(js_string_proto_to_lower_case)
{
    JSValue s = this_str(this_val, "toLowerCase");
    return s == JS_EXCEPTION ? s : js_string_to_case(s, false);
}

static JS_NATIVE(js_string_proto_to_locale_upper_case)
{
    JSValue s = this_str(this_val, "toLocaleUpperCase");
    return s == JS_EXCEPTION ? s : js_string_to_case(s, true);
}

static JS_NATIVE(js_string_proto_to_locale_lower_case)
{
    JSValue s = this_str(this_val, "toLocaleLowerCase");
    return s == JS_EXCEPTION ? s : js_string_to_case(s, false);
}

/* ---- localeCompare ------------------------------------------------------------- */

/* Base letter of a Latin-1 letter with its accent removed (0 if none). */
static uint16_t latin1_base(uint16_t c, int *accent)
{
    static const char base[] =
        /* C0 */ "AAAAAAACEEEEIIII" /* D0 */ "DNOOOOO*OUUUUYTs"
        /* E0 */ "aaaaaaaceeeeiiii" /* F0 */ "dnooooo/ouuuuyty";
    *accent = 0;
    if (c >= 0xC0 && c <= 0xFF) {
        char b = base[c - 0xC0];
        if (b != '*' && b != '/') {
            *accent = c;
            return (uint16_t)b;
        }
    }
    return c;
}

/* Primary weight class: 0 whitespace/punctuation/symbols, 1 digits, 2 letters. */
static void collation_key(uint16_t c, uint32_t *primary, int *accent, int *upper)
{
    uint16_t b = latin1_base(c, accent);
    *upper = 0;
    if (b >= 'A' && b <= 'Z') {
        *upper = 1;
        b += 32;
    }
    if (b >= 'a' && b <= 'z')
        *primary = 0x30000u + b;
    else if (b >= '0' && b <= '9')
        *primary = 0x20000u + b;
    else if (b < 0x80 || b < 0x100)
        *primary = 0x10000u + b;
    else {
        uint32_t l = to_lower_cp(b);
        *upper = l != b;
        *primary = 0x40000u + l;
    }
}

static int locale_compare(JSValue a, JSValue b)
{
    JSString *x = flat(a), *y = flat(b);
    uint32_t n = x->length < y->length ? x->length : y->length;
    int accent_diff = 0, case_diff = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t px, py;
        int ax, ay, ux, uy;
        collation_key(js_flat_char_at(x, i), &px, &ax, &ux);
        collation_key(js_flat_char_at(y, i), &py, &ay, &uy);
        if (px != py)
            return px < py ? -1 : 1;
        if (!accent_diff && ax != ay)
            accent_diff = ax < ay ? -1 : 1;
        if (!case_diff && ux != uy)
            case_diff = ux < uy ? -1 : 1;
    }
    if (x->length != y->length)
        return x->length < y->length ? -1 : 1;
    if (accent_diff)
        return accent_diff;
    if (case_diff)
        return case_diff;
    return 0;
}

static JS_NATIVE(js_string_proto_locale_compare)
{
    JSValue s = this_str(this_val, "localeCompare");
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue t = arg_str(argc, argv, 0);
    if (t == JS_EXCEPTION)
        return JS_EXCEPTION;
    return js_mk_int32(locale_compare(s, t));
}

/* ---- replace, replaceAll, match, search (string patterns) --------------------- */

/* GetSubstitution(matched, str, position, captures = none, replacement). */
static void put_substitution(JSStringBuilder *sb, JSString *str, uint32_t pos, uint32_t mlen,
                             JSString *rep)
{
    uint32_t n = rep->length;
    for (uint32_t i = 0; i < n; i++) {
        uint16_t c = js_flat_char_at(rep, i);
        if (c == '$' && i + 1 < n) {
            uint16_t d = js_flat_char_at(rep, i + 1);
            if (d == '$') {
                js_sb_putc(sb, '$');
                i++;
                continue;
            }
            if (d == '&') {
                for (uint32_t k = 0; k < mlen; k++)
                    js_sb_putc(sb, js_flat_char_at(str, pos + k));
                i++;
                continue;
            }
            if (d == '`') {
                for (uint32_t k = 0; k < pos; k++)
                    js_sb_putc(sb, js_flat_char_at(str, k));
                i++;
                continue;
            }
            if (d == '\'') {
                for (uint32_t k = pos + mlen; k < str->length; k++)
                    js_sb_putc(sb, js_flat_char_at(str, k));
                i++;
                continue;
            }
        }
        js_sb_putc(sb, c);
    }
}

static JSValue replace_impl(JSValue this_val, int32_t argc, const JSValue *argv, bool all)
{
    const char *name = all ? "replaceAll" : "replace";
    if (js_is_nullish(this_val))
        return js_throw_type_error("String.prototype.%s called on null or undefined", name);
    JSValue pattern = js_arg(argc, argv, 0), replace = js_arg(argc, argv, 1);
    if (js_is_object(pattern)) {
        if (all && is_regexp(pattern)) {
            JSValue flags = js_get_property_str(pattern, "flags");
            if (flags == JS_EXCEPTION || (flags = js_to_string(flags)) == JS_EXCEPTION)
                return JS_EXCEPTION;
            if (str_index_of(flat(flags), flat(js_str_c("g")), 0) < 0)
                return js_throw_type_error("replaceAll must be called with a global RegExp");
        }
        JSValue replacer = js_get_property(pattern, JS_SYM(replace));
        if (replacer == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (!js_is_nullish(replacer)) {
            JSValue args[2] = { this_val, replace };
            return js_call(replacer, pattern, 2, args);
        }
    }
    JSValue s = js_to_string(this_val);
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue search = js_to_string(pattern);
    if (search == JS_EXCEPTION)
        return JS_EXCEPTION;
    bool functional = js_is_callable(replace);
    JSValue rep = JS_UNDEFINED;
    if (!functional && (rep = js_to_string(replace)) == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSString *fs = flat(s), *ft = flat(search);
    uint32_t slen = ft->length;
    uint32_t adv = slen > 0 ? slen : 1;
    JSStringBuilder sb;
    js_sb_init(&sb);
    int64_t pos = str_index_of(fs, ft, 0);
    if (pos < 0)
        return s;
    uint32_t end_of_last = 0;
    while (pos >= 0) {
        for (uint32_t k = end_of_last; k < (uint32_t)pos; k++)
            js_sb_putc(&sb, js_flat_char_at(fs, k));
        if (functional) {
            JSValue args[3] = { search, js_mk_number((double)pos), s };
            JSValue r = js_call(replace, JS_UNDEFINED, 3, args);
            if (r == JS_EXCEPTION || (r = js_to_string(r)) == JS_EXCEPTION)
                return JS_EXCEPTION;
            js_sb_put_string(&sb, r);
        } else {
            put_substitution(&sb, fs, (uint32_t)pos, slen, flat(rep));
        }
        end_of_last = (uint32_t)pos + slen;
        if (!all)
            break;
        pos = (uint32_t)pos + adv > fs->length ? -1 : str_index_of(fs, ft, pos + adv);
    }
    for (uint32_t k = end_of_last; k < fs->length; k++)
        js_sb_putc(&sb, js_flat_char_at(fs, k));
    return js_sb_finish(&sb);
}

static JS_NATIVE(js_string_proto_replace) { return replace_impl(this_val, argc, argv, false); }
static JS_NATIVE(js_string_proto_replace_all) { return replace_impl(this_val, argc, argv, true); }

/* match/search/matchAll: delegate to the argument's symbol method; a plain
 * string argument becomes a RegExp first (matchAll's with the g flag). */
static JSValue delegate_regexp(JSValue this_val, int32_t argc, const JSValue *argv, JSAtom sym,
                               const char *name)
{
    if (js_is_nullish(this_val))
        return js_throw_type_error("String.prototype.%s called on null or undefined", name);
    JSValue r = js_arg(argc, argv, 0);
    if (!js_is_nullish(r)) {
        if (sym == JS_SYM(matchAll) && is_regexp(r)) {
            /* matchAll wants a global RegExp */
            JSValue fl = js_get_property_str(r, "flags");
            if (fl == JS_EXCEPTION)
                return JS_EXCEPTION;
            if (js_is_nullish(fl))
                return js_throw_type_error("String.prototype.matchAll called with a non-object flags");
            JSValue fs = js_to_string(fl);
            if (fs == JS_EXCEPTION)
                return JS_EXCEPTION;
            JSString *f = flat(fs);
            bool g = false;
            for (uint32_t i = 0; i < f->length; i++)
                g |= js_flat_char_at(f, i) == 'g';
            if (!g)
                return js_throw_type_error("String.prototype.matchAll called with a non-global RegExp argument");
        }
        JSValue m = js_get_property(r, sym);
        if (m == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (!js_is_nullish(m))
            return js_call(m, r, 1, &this_val);
    }
    JSValue regexp_ctor = js_get_property_str(js_realm.global, "RegExp");
    if (regexp_ctor == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!js_is_constructor(regexp_ctor))
        return js_throw_type_error("String.prototype.%s needs RegExp, which is not supported yet",
                                   name);
    JSValue args[2] = { r, JS_UNDEFINED };
    if (strcmp(name, "matchAll") == 0)
        args[1] = js_str_c("g");
    JSValue rx = js_construct(regexp_ctor, js_is_undefined(args[1]) ? 1 : 2, args, regexp_ctor);
    if (rx == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue s = js_to_string(this_val);
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    return js_call_method(rx, sym, 1, &s);
}

static JS_NATIVE(js_string_proto_match) { return delegate_regexp(this_val, argc, argv, JS_SYM(match), "match"); }
static JS_NATIVE(js_string_proto_match_all) { return delegate_regexp(this_val, argc, argv, JS_SYM(matchAll), "matchAll"); }
static JS_NATIVE(js_string_proto_search) { return delegate_regexp(this_val, argc, argv, JS_SYM(search), "search"); }

/* ---- misc ------------------------------------------------------------------------ */

static JSValue this_string_value(JSValue this_val, const char *method)
{
    if (js_is_string(this_val))
        return this_val;
    if (js_is_cell(this_val) && js_cell_kind(this_val) == JS_CELL_STRING_OBJECT)
        return ((JSPrimitiveObject *)js_cell_ptr(this_val))->value;
    return js_throw_type_error("%s requires that 'this' be a String", method);
}

static JS_NATIVE(js_string_proto_to_string)
{
    return this_string_value(this_val, "String.prototype.toString");
}

static JS_NATIVE(js_string_proto_value_of)
{
    return this_string_value(this_val, "String.prototype.valueOf");
}

static JS_NATIVE(js_string_proto_is_well_formed)
{
    JSValue s = this_str(this_val, "isWellFormed");
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSString *fs = flat(s);
    for (uint32_t i = 0, w; i < fs->length; i += w) {
        uint32_t cp = cp_at(fs, i, &w);
        if (cp >= 0xD800 && cp <= 0xDFFF)
            return JS_FALSE;
    }
    return JS_TRUE;
}

static JS_NATIVE(js_string_proto_to_well_formed)
{
    JSValue s = this_str(this_val, "toWellFormed");
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSString *fs = flat(s);
    JSStringBuilder sb;
    js_sb_init(&sb);
    for (uint32_t i = 0, w; i < fs->length; i += w) {
        uint32_t cp = cp_at(fs, i, &w);
        js_sb_put_code_point(&sb, cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp);
    }
    return js_sb_finish(&sb);
}

/* normalize(): utf8proc's tables. It works on UTF-8, so the string goes
 * through in runs of scalar values; a lone surrogate (which no
 * normalization form changes or combines with) ends a run and is copied. */
static void normalize_run(JSStringBuilder *sb, const uint8_t *utf8, size_t n, utf8proc_option_t opts)
{
    if (n == 0)
        return;
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t r = utf8proc_map(utf8, (utf8proc_ssize_t)n, &out, opts);
    if (r >= 0)
        js_sb_put_utf8(sb, (const char *)out, (size_t)r);
    else
        js_sb_put_utf8(sb, (const char *)utf8, n);
    free(out);
}

static JS_NATIVE(js_string_proto_normalize)
{
    JSValue s = this_str(this_val, "normalize");
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue f = js_arg(argc, argv, 0);
    utf8proc_option_t opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
    if (!js_is_undefined(f)) {
        JSValue fs = js_to_string(f);
        if (fs == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (js_string_eq_ascii(fs, "NFC"))
            opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
        else if (js_string_eq_ascii(fs, "NFD"))
            opts = UTF8PROC_STABLE | UTF8PROC_DECOMPOSE;
        else if (js_string_eq_ascii(fs, "NFKC"))
            opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
        else if (js_string_eq_ascii(fs, "NFKD"))
            opts = UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT;
        else
            return js_throw_range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.");
    }
    JSString *str = flat(s);
    /* Text below the first code point any form changes is its own
     * normalization (U+0300 for NFC, U+00C0 for NFD, U+00A0 for NFKC/D). */
    uint16_t limit = (opts & UTF8PROC_COMPAT) ? 0xA0 : (opts & UTF8PROC_DECOMPOSE) ? 0xC0 : 0x300;
    bool trivial = true;
    for (uint32_t i = 0; trivial && i < str->length; i++)
        trivial = js_flat_char_at(str, i) < limit;
    if (trivial)
        return s;
    JSStringBuilder sb;
    js_sb_init(&sb);
    size_t cap = 64, n = 0;
    uint8_t *run = malloc(cap);
    for (uint32_t i = 0, w; i < str->length; i += w) {
        uint32_t cp = cp_at(str, i, &w);
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            normalize_run(&sb, run, n, opts);
            n = 0;
            js_sb_putc(&sb, (uint16_t)cp);
            continue;
        }
        if (n + 4 > cap)
            run = realloc(run, cap *= 2);
        n += (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, run + n);
    }
    normalize_run(&sb, run, n, opts);
    free(run);
    return js_sb_finish(&sb);
}

/* ---- Annex B HTML methods: "<tag attr=\"v\">s</tag>" ---------------------- */

static JSValue html(JSValue this_val, int32_t argc, const JSValue *argv, const char *tag,
                    const char *attr, const char *method)
{
    JSValue s = this_str(this_val, method);
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSStringBuilder sb;
    js_sb_init(&sb);
    js_sb_putc(&sb, '<');
    js_sb_puts(&sb, tag);
    if (attr) {
        JSValue v = arg_str(argc, argv, 0);
        if (v == JS_EXCEPTION)
            return JS_EXCEPTION;
        js_sb_putc(&sb, ' ');
        js_sb_puts(&sb, attr);
        js_sb_puts(&sb, "=\"");
        JSString *fv = flat(v);
        for (uint32_t i = 0; i < fv->length; i++) {
            uint16_t c = js_flat_char_at(fv, i);
            if (c == '"')
                js_sb_puts(&sb, "&quot;");
            else
                js_sb_putc(&sb, c);
        }
        js_sb_putc(&sb, '"');
    }
    js_sb_putc(&sb, '>');
    js_sb_put_string(&sb, s);
    js_sb_puts(&sb, "</");
    js_sb_puts(&sb, tag);
    js_sb_putc(&sb, '>');
    return js_sb_finish(&sb);
}

#define HTML_METHOD(fn, tag, attr, name) \
    static JS_NATIVE(fn) { return html(this_val, argc, argv, tag, attr, name); }
HTML_METHOD(js_string_proto_anchor, "a", "name", "anchor")
HTML_METHOD(js_string_proto_big, "big", NULL, "big")
HTML_METHOD(js_string_proto_blink, "blink", NULL, "blink")
HTML_METHOD(js_string_proto_bold, "b", NULL, "bold")
HTML_METHOD(js_string_proto_fixed, "tt", NULL, "fixed")
HTML_METHOD(js_string_proto_fontcolor, "font", "color", "fontcolor")
HTML_METHOD(js_string_proto_fontsize, "font", "size", "fontsize")
HTML_METHOD(js_string_proto_italics, "i", NULL, "italics")
HTML_METHOD(js_string_proto_link, "a", "href", "link")
HTML_METHOD(js_string_proto_small, "small", NULL, "small")
HTML_METHOD(js_string_proto_strike, "strike", NULL, "strike")
HTML_METHOD(js_string_proto_sub, "sub", NULL, "sub")
HTML_METHOD(js_string_proto_sup, "sup", NULL, "sup")

static const JSPropDef string_props[] = {
    JS_CFUNC_DEF("fromCharCode", 1, js_string_static_from_char_code),
    JS_CFUNC_DEF("fromCodePoint", 1, js_string_static_from_code_point),
    JS_CFUNC_DEF("raw", 1, js_string_static_raw),
};

static const JSPropDef string_proto_props[] = {
    JS_CFUNC_DEF("at", 1, js_string_proto_at),
    JS_CFUNC_DEF("charAt", 1, js_string_proto_char_at),
    JS_CFUNC_DEF("charCodeAt", 1, js_string_proto_char_code_at),
    JS_CFUNC_DEF("codePointAt", 1, js_string_proto_code_point_at),
    JS_CFUNC_DEF("concat", 1, js_string_proto_concat),
    JS_CFUNC_DEF("endsWith", 1, js_string_proto_ends_with),
    JS_CFUNC_DEF("includes", 1, js_string_proto_includes),
    JS_CFUNC_DEF("indexOf", 1, js_string_proto_index_of),
    JS_CFUNC_DEF("isWellFormed", 0, js_string_proto_is_well_formed),
    JS_CFUNC_DEF("lastIndexOf", 1, js_string_proto_last_index_of),
    JS_CFUNC_DEF("localeCompare", 1, js_string_proto_locale_compare),
    JS_CFUNC_DEF("match", 1, js_string_proto_match),
    JS_CFUNC_DEF("matchAll", 1, js_string_proto_match_all),
    JS_CFUNC_DEF("normalize", 0, js_string_proto_normalize),
    JS_CFUNC_DEF("padEnd", 1, js_string_proto_pad_end),
    JS_CFUNC_DEF("padStart", 1, js_string_proto_pad_start),
    JS_CFUNC_DEF("repeat", 1, js_string_proto_repeat),
    JS_CFUNC_DEF("replace", 2, js_string_proto_replace),
    JS_CFUNC_DEF("replaceAll", 2, js_string_proto_replace_all),
    JS_CFUNC_DEF("search", 1, js_string_proto_search),
    JS_CFUNC_DEF("slice", 2, js_string_proto_slice),
    JS_CFUNC_DEF("split", 2, js_string_proto_split),
    JS_CFUNC_DEF("substr", 2, js_string_proto_substr),
    JS_CFUNC_DEF("substring", 2, js_string_proto_substring),
    JS_CFUNC_DEF("startsWith", 1, js_string_proto_starts_with),
    JS_CFUNC_DEF("toString", 0, js_string_proto_to_string),
    JS_CFUNC_DEF("toWellFormed", 0, js_string_proto_to_well_formed),
    JS_CFUNC_DEF("trim", 0, js_string_proto_trim),
    JS_CFUNC_DEF("trimStart", 0, js_string_proto_trim_start),
    JS_CFUNC_DEF("trimEnd", 0, js_string_proto_trim_end),
    JS_CFUNC_DEF("toLocaleLowerCase", 0, js_string_proto_to_locale_lower_case),
    JS_CFUNC_DEF("toLocaleUpperCase", 0, js_string_proto_to_locale_upper_case),
    JS_CFUNC_DEF("toLowerCase", 0, js_string_proto_to_lower_case),
    JS_CFUNC_DEF("toUpperCase", 0, js_string_proto_to_upper_case),
    JS_CFUNC_DEF("valueOf", 0, js_string_proto_value_of),
    JS_CFUNC_DEF("anchor", 1, js_string_proto_anchor),
    JS_CFUNC_DEF("big", 0, js_string_proto_big),
    JS_CFUNC_DEF("blink", 0, js_string_proto_blink),
    JS_CFUNC_DEF("bold", 0, js_string_proto_bold),
    JS_CFUNC_DEF("fixed", 0, js_string_proto_fixed),
    JS_CFUNC_DEF("fontcolor", 1, js_string_proto_fontcolor),
    JS_CFUNC_DEF("fontsize", 1, js_string_proto_fontsize),
    JS_CFUNC_DEF("italics", 0, js_string_proto_italics),
    JS_CFUNC_DEF("link", 1, js_string_proto_link),
    JS_CFUNC_DEF("small", 0, js_string_proto_small),
    JS_CFUNC_DEF("strike", 0, js_string_proto_strike),
    JS_CFUNC_DEF("sub", 0, js_string_proto_sub),
    JS_CFUNC_DEF("sup", 0, js_string_proto_sup),
};

void js_init_string(JSValue global)
{
    JSValue proto = js_realm.string_proto;
    JSValue ctor = js_new_native_constructor("String", js_string_ctor, 1, proto);
    js_realm.string_ctor = ctor;
    js_install_props(ctor, string_props, JS_COUNTOF(string_props));
    js_install_props(proto, string_proto_props, JS_COUNTOF(string_proto_props));
    /* trimLeft/trimRight are the same functions as trimStart/trimEnd. */
    js_define_property_value_str(proto, "trimLeft", js_get_property_str(proto, "trimStart"), JS_PROP_C_W);
    js_define_property_value_str(proto, "trimRight", js_get_property_str(proto, "trimEnd"), JS_PROP_C_W);
    js_init_string_iterator(proto);
    js_define_global(global, "String", ctor);
}
