/*
 * inspect.c — util.inspect: how console.log shows values, exactly as node 20
 * prints them with its default options.
 *
 * The structure follows node's lib/internal/util/inspect.js function by
 * function (formatValue → formatRaw → formatter + formatProperty →
 * reduceToSingleString), because the output users compare with is defined by
 * that algorithm, quirks included:
 *
 *   - An object is formatted into a list of entry strings; the entries go on
 *     one line `{ a, b }` when the object is at most `compact` (3) levels
 *     above the innermost level printed so far and the entries fit in
 *     breakLength (80) counting the indentation, the braces and a slack of
 *     10 columns; otherwise one entry per line.
 *   - Arrays of more than 6 entries are first grouped into aligned columns
 *     (groupArrayElements): numbers right-aligned, anything else left-aligned.
 *   - Strings inside containers are quoted with ' unless they contain ',
 *     then " or ` as available; long strings with newlines are split into
 *     'line\n' + pieces.
 *   - Depth beyond 2 prints [Object]/[Array]/[Foo]; a cycle prints
 *     [Circular *n] and the target gets a <ref *n> prefix.
 *
 * Text is built as UTF-8 in collector memory (strbuf.h); widths that node
 * measures in UTF-16 units are measured with js_utf8_u16len.
 *
 * Everything that can run JavaScript (getters of toStringTag, `name`,
 * `message` and `stack`, custom inspect functions) can throw: the internal
 * functions return NULL then, with the exception pending.
 *
 * Map, Set, Promise and Date print as node prints them; hooks for types
 * that do not exist yet (RegExp, typed arrays, iterators, BigInt) are
 * marked TODO(#2-later): they currently print as ordinary objects.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "builtins/builtins.h"
#include "builtins/js_collections.h"
#include "kiln/bigint.h"
#include "builtins/js_promise.h"
#include "builtins/js_typed.h"
#include "builtins/js_proxy.h"
#include "node/node.h"
#include "node/strbuf.h"
#include "internal.h"

enum { K_OBJECT = 0, K_ARRAY = 1, K_ARRAY_EXTRAS = 2 };

typedef struct Ctx {
    JSInspectOptions o;
    int indent;             /* indentationLvl */
    int current_depth;      /* currentDepth: innermost depth reached */
    JSValue *seen;          /* objects on the current path (GC memory) */
    uint32_t nseen, capseen;
    JSValue *circular;      /* circular targets; index + 1 is the *n */
    uint32_t ncirc, capcirc;
} Ctx;

static char *format_value(Ctx *c, JSValue v, int recurse, bool typed_array);

/* ---- small helpers ------------------------------------------------------- */

static inline size_t u16len(const char *s) { return js_utf8_u16len(s, strlen(s)); }

static bool str_contains(const char *s, const char *needle) { return strstr(s, needle) != NULL; }

static bool str_ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

static char *concat3(const char *a, const char *b, const char *c3)
{
    StrBuf b_;
    sb_init(&b_);
    sb_puts(&b_, a);
    sb_puts(&b_, b);
    sb_puts(&b_, c3);
    return sb_str(&b_);
}

/* Replaces every "\n" with "\n" + n spaces. */
static char *indent_newlines(const char *s, int n)
{
    StrBuf b;
    sb_init(&b);
    for (; *s; s++) {
        sb_putc(&b, *s);
        if (*s == '\n')
            sb_spaces(&b, n);
    }
    return sb_str(&b);
}

static char *to_utf8(JSValue s) { return js_string_to_utf8(s, NULL); }

/* String(v) as UTF-8, NULL on exception. */
static char *to_string_utf8(JSValue v)
{
    if (js_is_symbol(v)) {
        JSValue s = js_symbol_descriptive_string(v);
        return to_utf8(s);
    }
    JSValue s = js_to_string(v);
    if (s == JS_EXCEPTION)
        return NULL;
    return to_utf8(s);
}

static void seen_push(Ctx *c, JSValue v)
{
    if (c->nseen == c->capseen) {
        uint32_t cap = c->capseen ? c->capseen * 2 : 16;
        JSValue *n = rt_alloc_cell(cap * sizeof(JSValue));
        if (c->nseen)
            memcpy(n, c->seen, c->nseen * sizeof(JSValue));
        c->seen = n;
        c->capseen = cap;
    }
    c->seen[c->nseen++] = v;
}

static bool seen_has(Ctx *c, JSValue v)
{
    for (uint32_t i = 0; i < c->nseen; i++)
        if (c->seen[i] == v)
            return true;
    return false;
}

/* Index (1-based) of v among the circular targets, 0 if absent. */
static uint32_t circular_get(Ctx *c, JSValue v)
{
    for (uint32_t i = 0; i < c->ncirc; i++)
        if (c->circular[i] == v)
            return i + 1;
    return 0;
}

static uint32_t circular_add(Ctx *c, JSValue v)
{
    uint32_t i = circular_get(c, v);
    if (i)
        return i;
    if (c->ncirc == c->capcirc) {
        uint32_t cap = c->capcirc ? c->capcirc * 2 : 8;
        JSValue *n = rt_alloc_cell(cap * sizeof(JSValue));
        if (c->ncirc)
            memcpy(n, c->circular, c->ncirc * sizeof(JSValue));
        c->circular = n;
        c->capcirc = cap;
    }
    c->circular[c->ncirc++] = v;
    return c->ncirc;
}

/* depth INT32_MAX is node's `depth: null` / Infinity. */
static bool depth_exceeded(Ctx *c, int recurse) { return c->o.depth != INT32_MAX && recurse > c->o.depth; }

/* ---- strings: quoting and escaping (strEscape) --------------------------- */

static const char *const meta_ctrl[32] = {
    "\\x00", "\\x01", "\\x02", "\\x03", "\\x04", "\\x05", "\\x06", "\\x07",
    "\\b", "\\t", "\\n", "\\x0B", "\\f", "\\r", "\\x0E", "\\x0F",
    "\\x10", "\\x11", "\\x12", "\\x13", "\\x14", "\\x15", "\\x16", "\\x17",
    "\\x18", "\\x19", "\\x1A", "\\x1B", "\\x1C", "\\x1D", "\\x1E", "\\x1F",
};

/* Appends code unit u escaped as node's `meta` table does, if it needs
 * escaping under quote q (39 = single quote escaped, else not). Returns
 * whether it was handled. */
static bool put_meta(StrBuf *b, uint16_t u, int q)
{
    if (u < 32) { sb_puts(b, meta_ctrl[u]); return true; }
    if (u == 39 && q == 39) { sb_puts(b, "\\'"); return true; }
    if (u == 92) { sb_puts(b, "\\\\"); return true; }
    if (u >= 0x7F && u <= 0x9F) { sb_printf(b, "\\x%02X", u); return true; }
    return false;
}

typedef struct U16View {
    JSString *flat;
    uint32_t start, end;
} U16View;

static inline uint16_t view_at(const U16View *v, uint32_t i) { return js_flat_char_at(v->flat, v->start + i); }
static inline uint32_t view_len(const U16View *v) { return v->end - v->start; }

static bool view_has_unit(const U16View *v, uint16_t u)
{
    for (uint32_t i = 0; i < view_len(v); i++)
        if (view_at(v, i) == u)
            return true;
    return false;
}

static bool view_has_dollar_brace(const U16View *v)
{
    for (uint32_t i = 0; i + 1 < view_len(v); i++)
        if (view_at(v, i) == '$' && view_at(v, i + 1) == '{')
            return true;
    return false;
}

/* strEscape on code units [start, end) of a flat string: quote selection and
 * escapes of control characters, the backslash, the chosen quote, C1
 * controls and lone surrogates. */
static void str_escape_view(StrBuf *b, const U16View *v)
{
    int q = 39;
    if (view_has_unit(v, '\'')) {
        if (!view_has_unit(v, '"'))
            q = -1;
        else if (!view_has_unit(v, '`') && !view_has_dollar_brace(v))
            q = -2;
    }
    char qc = q == -1 ? '"' : q == -2 ? '`' : '\'';
    sb_putc(b, qc);
    uint32_t n = view_len(v);
    for (uint32_t i = 0; i < n; i++) {
        uint16_t u = view_at(v, i);
        if (put_meta(b, u, q))
            continue;
        if (u >= 0xD800 && u <= 0xDFFF) {
            if (u <= 0xDBFF && i + 1 < n) {
                uint16_t l = view_at(v, i + 1);
                if (l >= 0xDC00 && l <= 0xDFFF) {
                    sb_put_cp(b, 0x10000 + (((uint32_t)u - 0xD800) << 10) + (l - 0xDC00));
                    i++;
                    continue;
                }
            }
            sb_printf(b, "\\u%x", u);
            continue;
        }
        sb_put_cp(b, u);
    }
    sb_putc(b, qc);
}

/* strEscape(str) as UTF-8. */
static char *str_escape(JSValue s)
{
    U16View v = { js_string_flatten(js_str(s)), 0, js_string_length(s) };
    StrBuf b;
    sb_init(&b);
    str_escape_view(&b, &v);
    return sb_str(&b);
}

/* The regex replace node applies to symbol descriptions and non-enumerable
 * keys: escapes without adding quotes (the single quote is escaped too). */
static char *escape_no_quotes(const char *utf8)
{
    StrBuf b;
    sb_init(&b);
    for (const unsigned char *p = (const unsigned char *)utf8; *p; p++) {
        if (*p < 32 || *p == '\'' || *p == '\\')
            put_meta(&b, *p, 39);
        else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) {
            sb_printf(&b, "\\x%02X", p[1]);
            p++;
        } else if (*p == 0x7F)
            sb_puts(&b, "\\x7F");
        else
            sb_putc(&b, (char)*p);
    }
    return sb_str(&b);
}

/* ---- primitives (formatPrimitive, formatNumber) -------------------------- */

static char *add_numeric_separator(const char *s)
{
    size_t n = strlen(s);
    size_t start = s[0] == '-' ? 1 : 0;
    if (n < start + 4)
        return str_dup(s);
    StrBuf b;
    sb_init(&b);
    size_t first = (n - start) % 3;
    if (first == 0)
        first = 3;
    sb_put(&b, s, start + first);
    for (size_t i = start + first; i < n; i += 3) {
        sb_putc(&b, '_');
        sb_put(&b, s + i, 3);
    }
    return sb_str(&b);
}

static char *add_numeric_separator_end(const char *s)
{
    size_t n = strlen(s);
    StrBuf b;
    sb_init(&b);
    size_t i = 0;
    for (; i + 3 < n; i += 3) {
        sb_put(&b, s + i, 3);
        sb_putc(&b, '_');
    }
    sb_puts(&b, s + i);
    return sb_str(&b);
}

static char *format_number(double d, bool numeric_separator)
{
    char buf[64];
    if (d == 0 && signbit(d))
        return str_dup("-0");
    js_dtoa(d, buf);
    if (!numeric_separator)
        return str_dup(buf);
    if (d == trunc(d)) {
        if (!isfinite(d) || strchr(buf, 'e'))
            return str_dup(buf);
        return add_numeric_separator(buf);
    }
    if (isnan(d) || strchr(buf, 'e'))
        return str_dup(buf);
    char *dot = strchr(buf, '.');
    if (!dot)
        return str_dup(buf);
    *dot = 0;
    return concat3(add_numeric_separator(buf), ".", add_numeric_separator_end(dot + 1));
}

char *js_inspect_format_number(double d, bool numeric_separator)
{
    return format_number(d, numeric_separator);
}

static char *format_string(Ctx *c, JSValue s)
{
    uint32_t len = js_string_length(s);
    JSString *flat = js_string_flatten(js_str(s));
    const char *trailer = "";
    if (c->o.max_string_length >= 0 && len > (uint32_t)c->o.max_string_length) {
        uint32_t remaining = len - (uint32_t)c->o.max_string_length;
        len = (uint32_t)c->o.max_string_length;
        trailer = str_fmt("... %u more character%s", remaining, remaining > 1 ? "s" : "");
    }
    StrBuf b;
    sb_init(&b);
    if (c->o.compact != -1 && len > 16 && (int64_t)len > (int64_t)c->o.break_length - c->indent - 4) {
        /* Split after every newline: 'line\n' +\n  'next' */
        uint32_t start = 0;
        bool first = true;
        for (uint32_t i = 0; i < len; i++) {
            if (js_flat_char_at(flat, i) == '\n' || i + 1 == len) {
                if (!first) {
                    sb_puts(&b, " +\n");
                    sb_spaces(&b, c->indent + 2);
                }
                first = false;
                U16View v = { flat, start, i + 1 };
                str_escape_view(&b, &v);
                start = i + 1;
            }
        }
    } else {
        U16View v = { flat, 0, len };
        str_escape_view(&b, &v);
    }
    sb_puts(&b, trailer);
    return sb_str(&b);
}

static char *format_primitive(Ctx *c, JSValue v)
{
    if (js_is_string(v))
        return format_string(c, v);
    if (js_is_number(v))
        return format_number(js_to_double(v), c->o.numeric_separator);
    if (v == JS_TRUE)
        return str_dup("true");
    if (v == JS_FALSE)
        return str_dup("false");
    if (v == JS_UNDEFINED)
        return str_dup("undefined");
    if (v == JS_NULL)
        return str_dup("null");
    if (js_is_symbol(v))
        return to_utf8(js_symbol_descriptive_string(v));
    if (js_is_bigint(v))
        return to_utf8(js_string_concat(js_bigint_to_string(v, 10), js_new_string_cstr("n")));
    return to_string_utf8(v);
}

/* ---- constructor names and prefixes -------------------------------------- */

/* What V8's GetConstructorName gives for an object whose prototype chain has
 * no usable `constructor`: the class of its kind. */
static const char *internal_class_name(JSValue v)
{
    switch (js_cell_kind(v)) {
    case JS_CELL_ARRAY: return "Array";
    case JS_CELL_FUNCTION: return "Function";
    case JS_CELL_ERROR: return "Error";
    case JS_CELL_BOOLEAN_OBJECT: return "Boolean";
    case JS_CELL_NUMBER_OBJECT: return "Number";
    case JS_CELL_STRING_OBJECT: return "String";
    case JS_CELL_SYMBOL_OBJECT: return "Symbol";
    case JS_CELL_BIGINT_OBJECT: return "BigInt";
    case JS_CELL_DATE: return "Date";
    case JS_CELL_REGEXP: return "RegExp";
    case JS_CELL_MAP: return "Map";
    case JS_CELL_SET: return "Set";
    case JS_CELL_WEAKMAP: return "WeakMap";
    case JS_CELL_WEAKSET: return "WeakSet";
    case JS_CELL_PROMISE: return "Promise";
    default: return "Object";
    }
}

static char *inspect_with(Ctx *parent, JSValue v, int depth);

/* getConstructorName: *out = name, or NULL for a null prototype. Returns -1
 * on exception. */
static int get_constructor_name(Ctx *c, JSValue obj, int recurse, char **out)
{
    JSValue tmp = obj;
    JSValue first_proto = JS_EMPTY;
    while (js_is_object(obj)) {
        /* node's wellKnownPrototypes: reaching Object.prototype or
         * Function.prototype from below means `tmp instanceof` it. */
        if (obj == js_realm.object_proto && obj != tmp) {
            *out = str_dup("Object");
            return 0;
        }
        if (obj == js_realm.function_proto && obj != tmp) {
            *out = str_dup("Function");
            return 0;
        }
        JSPropertyDescriptor d;
        int r = js_get_own_property(obj, JS_ATOM(constructor), &d);
        if (r < 0)
            return -1;
        if (r > 0 && (d.has & JS_DESC_HAS_VALUE) && js_is_function(d.value)) {
            JSValue name = js_function_name(d.value);
            if (name == JS_EXCEPTION)
                return -1;
            if (js_is_string(name) && js_string_length(name) > 0) {
                int inst = js_ordinary_has_instance(d.value, tmp);
                if (inst < 0) {
                    rt_take_exception();
                    inst = 0;
                }
                if (inst) {
                    *out = to_utf8(name);
                    return 0;
                }
            }
        }
        obj = js_get_prototype(obj);
        if (first_proto == JS_EMPTY)
            first_proto = obj;
    }
    if (first_proto == JS_NULL || first_proto == JS_EMPTY) {
        *out = NULL;
        return 0;
    }
    const char *res = internal_class_name(tmp);
    if (depth_exceeded(c, recurse)) {
        *out = str_fmt("%s <Complex prototype>", res);
        return 0;
    }
    char *proto_name;
    if (get_constructor_name(c, first_proto, recurse + 1, &proto_name) < 0)
        return -1;
    if (proto_name == NULL) {
        char *inner = inspect_with(c, first_proto, -1);
        if (!inner)
            return -1;
        *out = str_fmt("%s <%s>", res, inner);
    } else {
        *out = str_fmt("%s <%s>", res, proto_name);
    }
    return 0;
}

/* getPrefix(constructor, tag, fallback, size) */
static char *get_prefix(const char *ctor, const char *tag, const char *fallback, const char *size)
{
    if (ctor == NULL) {
        if (tag[0] && strcmp(fallback, tag) != 0)
            return str_fmt("[%s%s: null prototype] [%s] ", fallback, size, tag);
        return str_fmt("[%s%s: null prototype] ", fallback, size);
    }
    if (tag[0] && strcmp(ctor, tag) != 0)
        return str_fmt("%s%s [%s] ", ctor, size, tag);
    return str_fmt("%s%s ", ctor, size);
}

static char *get_ctx_style(JSValue v, const char *ctor, const char *tag)
{
    const char *fallback = "";
    if (ctor == NULL) {
        fallback = internal_class_name(v);
        if (strcmp(fallback, tag) == 0)
            fallback = "Object";
    }
    return get_prefix(ctor, tag, fallback, "");
}

/* ---- keys ---------------------------------------------------------------- */

typedef struct KeyList {
    JSAtom *k;
    uint32_t n, cap;
} KeyList;

static void keys_push(KeyList *l, JSAtom a)
{
    if (l->n == l->cap) {
        uint32_t cap = l->cap ? l->cap * 2 : 8;
        JSAtom *k = rt_alloc_cell(cap * sizeof(JSAtom));
        if (l->n)
            memcpy(k, l->k, l->n * sizeof(JSAtom));
        l->k = k;
        l->cap = cap;
    }
    l->k[l->n++] = a;
}

static bool keys_has(const KeyList *l, JSAtom a)
{
    for (uint32_t i = 0; i < l->n; i++)
        if (l->k[i] == a)
            return true;
    return false;
}

static void keys_remove_at(KeyList *l, uint32_t i)
{
    memmove(l->k + i, l->k + i + 1, (l->n - i - 1) * sizeof(JSAtom));
    l->n--;
}

/* getKeys / getOwnNonIndexProperties: own enumerable string keys and
 * enumerable symbols (all of them with showHidden). */
static int get_keys(Ctx *c, JSValue v, bool non_index, KeyList *out)
{
    uint32_t n;
    int flags = JS_GPN_STRINGS | JS_GPN_SYMBOLS | (c->o.show_hidden ? 0 : JS_GPN_ENUM_ONLY);
    JSAtom *k = js_own_property_keys(v, flags, &n);
    if (!k)
        return -1;
    out->k = NULL;
    out->n = out->cap = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t idx;
        if (non_index && js_is_string(k[i]) && js_atom_is_index(k[i], &idx))
            continue;
        keys_push(out, k[i]);
    }
    return 0;
}

static bool is_identifier_key(const char *s)
{
    if (!((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z') || s[0] == '_'))
        return false;
    for (const char *p = s + 1; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_' || (*p >= '0' && *p <= '9')))
            return false;
    return true;
}

/* ---- properties (formatProperty) ------------------------------------------ */

static char *format_property(Ctx *c, JSValue obj, int recurse, JSAtom key, int type)
{
    JSPropertyDescriptor d;
    /* formatNamespaceObject: an export in its TDZ */
    bool tdz = js_module_ns_uninitialized(js_obj(obj), key);
    int r = tdz ? 1 : js_get_own_property(obj, key, &d);
    if (tdz) {
        d.value = JS_UNDEFINED;
        d.has = JS_DESC_HAS_VALUE;
        d.flags = JS_PROP_ENUMERABLE;
        d.getter = d.setter = JS_UNDEFINED;
    }
    if (r < 0)
        return NULL;
    if (r == 0) {
        JSValue v = js_get_property(obj, key);
        if (v == JS_EXCEPTION)
            return NULL;
        d.value = v;
        d.has = JS_DESC_HAS_VALUE;
        d.flags = JS_PROP_ENUMERABLE;
        d.getter = d.setter = JS_UNDEFINED;
    }
    char *str;
    const char *extra = " ";
    bool has_get = (d.has & JS_DESC_HAS_GET) && d.getter != JS_UNDEFINED;
    bool has_set = (d.has & JS_DESC_HAS_SET) && d.setter != JS_UNDEFINED;
    if ((d.has & JS_DESC_HAS_VALUE) && d.value != JS_UNDEFINED) {
        int diff = (c->o.compact != -1 || type != K_OBJECT) ? 2 : 3;
        c->indent += diff;
        str = format_value(c, d.value, recurse, false);
        if (!str)
            return NULL;
        if (diff == 3 && (size_t)c->o.break_length < js_utf8_width(str, strlen(str))) {
            StrBuf b;
            sb_init(&b);
            sb_putc(&b, '\n');
            sb_spaces(&b, c->indent);
            extra = sb_str(&b);
        }
        c->indent -= diff;
    } else if (has_get) {
        const char *label = has_set ? "Getter/Setter" : "Getter";
        if (c->o.getters) {
            JSValue tmp = js_call(d.getter, obj, 0, NULL);
            if (tmp == JS_EXCEPTION) {
                JSValue e = rt_take_exception();
                char *msg = "";
                if (js_is_object(e)) {
                    JSValue m = js_get_property(e, JS_ATOM(message));
                    char *ms = m == JS_EXCEPTION ? NULL : to_string_utf8(m);
                    if (!ms)
                        rt_take_exception();
                    else
                        msg = ms;
                }
                str = str_fmt("[%s: <Inspection threw (%s)>]", label, msg);
            } else {
                c->indent += 2;
                if (tmp == JS_NULL) {
                    str = str_fmt("[%s: null]", label);
                } else if (js_is_object(tmp)) {
                    char *inner = format_value(c, tmp, recurse, false);
                    if (!inner)
                        return NULL;
                    str = concat3(str_fmt("[%s] ", label), inner, "");
                } else {
                    char *p = format_primitive(c, tmp);
                    if (!p)
                        return NULL;
                    str = str_fmt("[%s: %s]", label, p);
                }
                c->indent -= 2;
            }
        } else {
            str = str_fmt("[%s]", label);
        }
    } else if (has_set) {
        str = str_dup("[Setter]");
    } else {
        str = str_dup(tdz ? "<uninitialized>" : "undefined");
    }
    if (type == K_ARRAY)
        return str;

    char *name;
    if (js_is_symbol(key)) {
        name = concat3("[", escape_no_quotes(to_utf8(js_symbol_descriptive_string(key))), "]");
    } else {
        char *k = to_utf8(key);
        if (strcmp(k, "__proto__") == 0)
            name = str_dup("['__proto__']");
        else if (!(d.flags & JS_PROP_ENUMERABLE))
            name = concat3("[", escape_no_quotes(k), "]");
        else if (is_identifier_key(k))
            name = k;
        else
            name = str_escape(key);
    }
    StrBuf b;
    sb_init(&b);
    sb_puts(&b, name);
    sb_putc(&b, ':');
    sb_puts(&b, extra);
    sb_puts(&b, str);
    return sb_str(&b);
}

/* ---- arrays (formatArray, formatSpecialArray, groupArrayElements) -------- */

static char *remaining_text(uint32_t remaining)
{
    return str_fmt("... %u more item%s", remaining, remaining > 1 ? "s" : "");
}

static char *empty_items(uint32_t n)
{
    return str_fmt("<%u empty item%s>", n, n > 1 ? "s" : "");
}

static int format_special_array(Ctx *c, JSValue arr, int recurse, uint32_t max_length,
                                 StrList *out, uint32_t i, uint32_t length)
{
    uint32_t nkeys;
    JSAtom *keys = js_own_property_keys(arr, JS_GPN_STRINGS | JS_GPN_ENUM_ONLY, &nkeys);
    if (!keys)
        return -1;
    uint64_t index = i;
    for (; i < nkeys && out->n < max_length; i++) {
        uint32_t tmp;
        if (!js_atom_is_index(keys[i], &tmp))
            break;
        if (index != tmp) {
            sl_push(out, empty_items((uint32_t)(tmp - index)));
            index = tmp;
            if (out->n == max_length)
                break;
        }
        char *s = format_property(c, arr, recurse, keys[i], K_ARRAY);
        if (!s)
            return -1;
        sl_push(out, s);
        index++;
    }
    uint64_t remaining = length - index;
    if (out->n != max_length) {
        if (remaining > 0)
            sl_push(out, empty_items((uint32_t)remaining));
    } else if (remaining > 0) {
        sl_push(out, remaining_text((uint32_t)remaining));
    }
    return 0;
}

static int format_array(Ctx *c, JSValue arr, int recurse, StrList *out)
{
    int64_t len64;
    if (js_get_length(arr, &len64) < 0)
        return -1;
    uint32_t len = (uint32_t)len64;
    uint32_t max = c->o.max_array_length < 0 ? 0 : (uint32_t)c->o.max_array_length;
    uint32_t n = len < max ? len : max;
    JSArray *a = js_arr(arr);
    for (uint32_t i = 0; i < n; i++) {
        bool present;
        if (js_is_array(arr) && i < a->capacity && !(a->o.h.flags & JS_ARRAY_SPARSE)) {
            present = a->elements[i] != JS_EMPTY;
        } else {
            int r = js_get_own_property(arr, js_atom_from_uint32(i), NULL);
            if (r < 0)
                return -1;
            present = r > 0;
        }
        if (!present)
            return format_special_array(c, arr, recurse, n, out, i, len);
        char *s = format_property(c, arr, recurse, js_atom_from_uint32(i), K_ARRAY);
        if (!s)
            return -1;
        sl_push(out, s);
    }
    if (len > n)
        sl_push(out, remaining_text(len - n));
    return 0;
}

static char *pad(const char *s, size_t target_u16, bool at_start)
{
    size_t n = u16len(s);
    if (n >= target_u16)
        return (char *)s;
    StrBuf b;
    sb_init(&b);
    if (at_start)
        sb_spaces(&b, (int)(target_u16 - n));
    sb_puts(&b, s);
    if (!at_start)
        sb_spaces(&b, (int)(target_u16 - n));
    return sb_str(&b);
}

/* groupArrayElements: lines up many short entries in columns. `value` is the
 * array (or JS_UNDEFINED); numbers are right-aligned. */
static int group_array_elements(Ctx *c, StrList *output, JSValue value)
{
    size_t total = 0, max_len = 0;
    uint32_t out_len = output->n;
    if (c->o.max_array_length >= 0 && (uint32_t)c->o.max_array_length < output->n)
        out_len--;   /* leave "... n more items" out of the measurement */
    const size_t sep = 2;
    size_t *data_len = rt_alloc_atomic((out_len + 1) * sizeof(size_t));
    for (uint32_t i = 0; i < out_len; i++) {
        size_t len = js_utf8_width(output->v[i], strlen(output->v[i]));
        data_len[i] = len;
        total += len + sep;
        if (max_len < len)
            max_len = len;
    }
    size_t actual_max = max_len + sep;
    if ((double)(actual_max * 3 + (size_t)c->indent) < (double)c->o.break_length &&
        ((double)total / (double)actual_max > 5 || max_len <= 6)) {
        double approx_char_heights = 2.5, average_bias = sqrt((double)actual_max - (double)total / output->n);
        double biased_max = fmax((double)actual_max - 3 - average_bias, 1);
        double columns = fmin(fmin(round(sqrt(approx_char_heights * biased_max * out_len) / biased_max),
                                   floor(((double)c->o.break_length - c->indent) / (double)actual_max)),
                              fmin((double)c->o.compact * 4, 15));
        if (columns <= 1)
            return 0;
        uint32_t cols = (uint32_t)columns;
        size_t *max_line = rt_alloc_atomic(cols * sizeof(size_t));
        for (uint32_t i = 0; i < cols; i++) {
            size_t line_max = 0;
            for (uint32_t j = i; j < output->n; j += cols)
                if (j < out_len && data_len[j] > line_max)
                    line_max = data_len[j];
            max_line[i] = line_max + sep;
        }
        bool pad_start = true;
        if (value != JS_UNDEFINED) {
            for (uint32_t i = 0; i < output->n; i++) {
                JSValue e;
                JSArray *a = js_arr(value);
                if (js_is_array(value) && i < a->capacity && !(a->o.h.flags & JS_ARRAY_SPARSE) &&
                    a->elements[i] != JS_EMPTY)
                    e = a->elements[i];
                else if ((e = js_get_index(value, i)) == JS_EXCEPTION)
                    return -1;
                if (!js_is_number(e) && !js_is_bigint(e)) {
                    pad_start = false;
                    break;
                }
            }
        }
        StrList tmp;
        sl_init(&tmp);
        for (uint32_t i = 0; i < out_len; i += cols) {
            uint32_t max = i + cols < out_len ? i + cols : out_len;
            StrBuf line;
            sb_init(&line);
            uint32_t j = i;
            for (; j < max - 1; j++) {
                size_t padding = max_line[j - i] + u16len(output->v[j]) - data_len[j];
                sb_puts(&line, pad(concat3(output->v[j], ", ", ""), padding, pad_start));
            }
            if (pad_start) {
                size_t padding = max_line[j - i] + u16len(output->v[j]) - data_len[j] - sep;
                sb_puts(&line, pad(output->v[j], padding, true));
            } else {
                sb_puts(&line, output->v[j]);
            }
            sl_push(&tmp, sb_str(&line));
        }
        if (c->o.max_array_length >= 0 && (uint32_t)c->o.max_array_length < output->n)
            sl_push(&tmp, output->v[out_len]);
        *output = tmp;
    }
    return 0;
}

/* ---- putting entries together (reduceToSingleString) --------------------- */

/* The UTF-16 length of s, counting no further than `cap` units. */
static size_t u16len_capped(const char *s, size_t cap)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p && n <= cap; p++) {
        if ((*p & 0xC0) == 0x80)
            continue;           /* continuation byte */
        n += *p >= 0xF0 ? 2 : 1;
    }
    return n;
}

static bool is_below_break_length(Ctx *c, const StrList *output, size_t start, const char *base)
{
    size_t total = output->n + start;
    size_t limit = (size_t)c->o.break_length;
    if (total + output->n > limit)
        return false;
    for (uint32_t i = 0; i < output->n; i++) {
        total += u16len_capped(output->v[i], limit - total + 1);
        if (total > limit)
            return false;
    }
    return base[0] == 0 || !strchr(base, '\n');
}

static char *reduce_to_single_string(Ctx *c, StrList *output, const char *base,
                                     const char *brace0, const char *brace1,
                                     int extras_type, int recurse, JSValue value, bool *err)
{
    *err = false;
    StrBuf b;
    sb_init(&b);
    if (c->o.compact != -1) {
        if (c->o.compact >= 1) {
            uint32_t entries = output->n;
            if (extras_type == K_ARRAY_EXTRAS && entries > 6) {
                if (group_array_elements(c, output, value) < 0) {
                    *err = true;
                    return NULL;
                }
            }
            if (c->current_depth - recurse < c->o.compact && entries == output->n) {
                size_t start = output->n + (size_t)c->indent + u16len(brace0) + u16len(base) + 10;
                if (is_below_break_length(c, output, start, base)) {
                    char *joined = sl_join(output, ", ");
                    if (!strchr(joined, '\n')) {
                        if (base[0]) {
                            sb_puts(&b, base);
                            sb_putc(&b, ' ');
                        }
                        sb_puts(&b, brace0);
                        sb_putc(&b, ' ');
                        sb_puts(&b, joined);
                        sb_putc(&b, ' ');
                        sb_puts(&b, brace1);
                        return sb_str(&b);
                    }
                }
            }
        }
        StrBuf ind;
        sb_init(&ind);
        sb_putc(&ind, '\n');
        sb_spaces(&ind, c->indent);
        if (base[0]) {
            sb_puts(&b, base);
            sb_putc(&b, ' ');
        }
        sb_puts(&b, brace0);
        sb_puts(&b, ind.p);
        sb_puts(&b, "  ");
        sb_puts(&b, sl_join(output, concat3(",", ind.p, "  ")));
        sb_puts(&b, ind.p);
        sb_puts(&b, brace1);
        return sb_str(&b);
    }
    if (is_below_break_length(c, output, 0, base)) {
        sb_puts(&b, brace0);
        if (base[0]) {
            sb_putc(&b, ' ');
            sb_puts(&b, base);
        }
        sb_putc(&b, ' ');
        sb_puts(&b, sl_join(output, ", "));
        sb_putc(&b, ' ');
        sb_puts(&b, brace1);
        return sb_str(&b);
    }
    StrBuf ind;
    sb_init(&ind);
    sb_spaces(&ind, c->indent);
    sb_puts(&b, brace0);
    if (base[0] == 0 && u16len(brace0) == 1) {
        sb_putc(&b, ' ');
    } else {
        if (base[0]) {
            sb_putc(&b, ' ');
            sb_puts(&b, base);
        }
        sb_putc(&b, '\n');
        sb_puts(&b, ind.p);
        sb_puts(&b, "  ");
    }
    sb_puts(&b, sl_join(output, concat3(",\n", ind.p, "  ")));
    sb_putc(&b, ' ');
    sb_puts(&b, brace1);
    return sb_str(&b);
}

/* ---- functions, boxed primitives, errors --------------------------------- */

static char *get_function_base(JSValue f, const char *ctor, const char *tag)
{
    JSFunction *fn = js_func(f);
    uint32_t flags = fn->info ? fn->info->flags : 0;
    if (flags & JS_FUNC_CLASS_CONSTRUCTOR) {
        /* getClassBase */
        JSPropertyDescriptor d;
        const char *name = "(anonymous)";
        int r = js_get_own_property(f, JS_ATOM(name), &d);
        if (r < 0)
            return NULL;
        if (r > 0) {
            JSValue n = js_get_property(f, JS_ATOM(name));
            if (n == JS_EXCEPTION)
                return NULL;
            if (js_to_boolean(n)) {
                char *s = to_string_utf8(n);
                if (!s)
                    return NULL;
                name = s;
            }
        }
        StrBuf b;
        sb_init(&b);
        sb_printf(&b, "[class %s", name);
        if (ctor != NULL && strcmp(ctor, "Function") != 0)
            sb_printf(&b, " [%s]", ctor);
        if (tag[0] && (ctor == NULL || strcmp(ctor, tag) != 0))
            sb_printf(&b, " [%s]", tag);
        if (ctor != NULL) {
            JSValue proto = js_get_prototype(f);
            if (js_is_object(proto)) {
                JSValue sn = js_get_property(proto, JS_ATOM(name));
                if (sn == JS_EXCEPTION)
                    return NULL;
                if (js_to_boolean(sn)) {
                    char *s = to_string_utf8(sn);
                    if (!s)
                        return NULL;
                    sb_printf(&b, " extends %s", s);
                }
            }
        } else {
            sb_puts(&b, " extends [null prototype]");
        }
        sb_putc(&b, ']');
        return sb_str(&b);
    }
    const char *type = "Function";
    if ((flags & JS_FUNC_GENERATOR) && (flags & JS_FUNC_ASYNC))
        type = "AsyncGeneratorFunction";
    else if (flags & JS_FUNC_GENERATOR)
        type = "GeneratorFunction";
    else if (flags & JS_FUNC_ASYNC)
        type = "AsyncFunction";
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "[%s", type);
    if (ctor == NULL)
        sb_puts(&b, " (null prototype)");
    JSValue n = js_get_property(f, JS_ATOM(name));
    if (n == JS_EXCEPTION)
        return NULL;
    char *name = to_string_utf8(n);
    if (!name)
        return NULL;
    if (name[0] == 0)
        sb_puts(&b, " (anonymous)");
    else
        sb_printf(&b, ": %s", name);
    sb_putc(&b, ']');
    /* A missing AsyncFunction/GeneratorFunction intrinsic shows up as
     * "Function"; node would print the real constructor, which is the
     * type itself (and equals the toStringTag), so stay quiet in that case. */
    if (ctor != NULL && strcmp(ctor, type) != 0 && strcmp(ctor, "Function") != 0)
        sb_printf(&b, " %s", ctor);
    if (tag[0] && (ctor == NULL || strcmp(ctor, tag) != 0) &&
        !(ctor != NULL && strcmp(ctor, "Function") == 0 && strcmp(tag, type) == 0))
        sb_printf(&b, " [%s]", tag);
    return sb_str(&b);
}

static char *get_boxed_base(Ctx *c, JSValue v, KeyList *keys, const char *ctor, const char *tag)
{
    JSPrimitiveObject *po = (JSPrimitiveObject *)js_cell_ptr(v);
    const char *type;
    switch (js_cell_kind(v)) {
    case JS_CELL_NUMBER_OBJECT: type = "Number"; break;
    case JS_CELL_STRING_OBJECT: {
        type = "String";
        /* The index keys of a String object just repeat its characters. */
        uint32_t len = js_is_string(po->value) ? js_string_length(po->value) : 0;
        uint32_t drop = len < keys->n ? len : keys->n;
        memmove(keys->k, keys->k + drop, (keys->n - drop) * sizeof(JSAtom));
        keys->n -= drop;
        break;
    }
    case JS_CELL_BOOLEAN_OBJECT: type = "Boolean"; break;
    case JS_CELL_BIGINT_OBJECT: type = "BigInt"; break;
    default: type = "Symbol"; break;
    }
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "[%s", type);
    if (ctor == NULL)
        sb_puts(&b, " (null prototype)");
    else if (strcmp(type, ctor) != 0)
        sb_printf(&b, " (%s)", ctor);
    Ctx plain = *c;
    char *prim = format_primitive(&plain, po->value);
    if (!prim)
        return NULL;
    sb_printf(&b, ": %s]", prim);
    if (tag[0] && (ctor == NULL || strcmp(tag, ctor) != 0))
        sb_printf(&b, " [%s]", tag);
    return sb_str(&b);
}

static bool is_error(JSValue v)
{
    if (js_cell_kind(v) == JS_CELL_ERROR)
        return true;
    for (JSValue p = js_get_prototype(v); js_is_object(p); p = js_get_prototype(p))
        if (p == js_realm.error_proto[JS_ERROR])
            return true;
    return false;
}

/* Error.prototype.toString without calling user code beyond getters. */
static char *error_to_string(JSValue err)
{
    JSValue n = js_get_property(err, JS_ATOM(name));
    if (n == JS_EXCEPTION)
        return NULL;
    JSValue m = js_get_property(err, JS_ATOM(message));
    if (m == JS_EXCEPTION)
        return NULL;
    char *name = n == JS_UNDEFINED ? str_dup("Error") : to_string_utf8(n);
    char *msg = m == JS_UNDEFINED ? str_dup("") : to_string_utf8(m);
    if (!name || !msg)
        return NULL;
    if (!name[0])
        return msg;
    if (!msg[0])
        return name;
    return str_fmt("%s: %s", name, msg);
}

/* improveStack: make the first line name the real class of the error. */
static char *improve_stack(char *stack, const char *ctor, const char *name, const char *tag)
{
    size_t len = strlen(name);
    bool plain = str_ends_with(name, "Error") && strncmp(stack, name, len) == 0 &&
                 (stack[len] == 0 || stack[len] == ':' || stack[len] == '\n');
    if (ctor != NULL && !plain)
        return stack;
    const char *fallback = "Error";
    if (ctor == NULL) {
        /* /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/ or /^([a-z_A-Z0-9-]*Error)$/ */
        size_t m = 0;
        if (stack[0] >= 'A' && stack[0] <= 'Z') {
            size_t i = 1;
            while (stack[i] && (strchr("abcdefghijklmnopqrstuvwxyz_ ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789[]()-", stack[i])))
                i++;
            /* the character class is greedy; back off to a ':' or "\n    at" */
            for (size_t j = i; j >= 2; j--) {
                if (stack[j] == ':' || strncmp(stack + j, "\n    at", 7) == 0) {
                    m = j;
                    break;
                }
            }
        }
        if (m == 0) {
            size_t i = 0;
            while (stack[i] && strchr("abcdefghijklmnopqrstuvwxyz_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", stack[i]))
                i++;
            if (stack[i] == 0 && i >= 5 && strncmp(stack + i - 5, "Error", 5) == 0)
                m = i;
        }
        fallback = m ? str_ndup(stack, m) : "";
        len = m;
        if (!fallback[0])
            fallback = "Error";
    }
    char *prefix = get_prefix(ctor, tag, fallback, "");
    prefix[strlen(prefix) - 1] = 0;
    if (strcmp(name, prefix) == 0)
        return stack;
    if (str_contains(prefix, name)) {
        if (len == 0)
            return str_fmt("%s: %s", prefix, stack);
        return concat3(prefix, stack + len, "");
    }
    return str_fmt("%s [%s]%s", prefix, name, stack + len);
}

/* Splits s at '\n' into a list. */
static void split_lines(const char *s, StrList *out)
{
    sl_init(out);
    for (;;) {
        const char *nl = strchr(s, '\n');
        if (!nl) {
            sl_push(out, str_dup(s));
            return;
        }
        sl_push(out, str_ndup(s, (size_t)(nl - s)));
        s = nl + 1;
    }
}

static int list_index_of(const StrList *l, const char *s)
{
    for (uint32_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i], s) == 0)
            return (int)i;
    return -1;
}

/* getStackFrames: drops frames identical to the cause's. */
static int get_stack_frames(Ctx *c, JSValue err, const char *frames_text, StrList *frames)
{
    split_lines(frames_text, frames);
    JSValue cause = js_get_property(err, JS_ATOM(cause));
    if (cause == JS_EXCEPTION) {
        rt_take_exception();
        return 0;
    }
    if (!js_is_object(cause) || !is_error(cause))
        return 0;
    JSValue cs = js_get_property(cause, JS_ATOM(stack));
    if (cs == JS_EXCEPTION)
        return -1;
    char *cause_stack = js_to_boolean(cs) ? to_string_utf8(cs) : error_to_string(cause);
    if (!cause_stack)
        return -1;
    const char *at = strstr(cause_stack, "\n    at");
    if (!at)
        return 0;
    StrList cf;
    split_lines(at + 1, &cf);
    /* identicalSequenceRange(frames, causeFrames) */
    for (uint32_t i = 0; i + 3 < frames->n; i++) {
        int pos = list_index_of(&cf, frames->v[i]);
        if (pos < 0)
            continue;
        uint32_t rest = cf.n - (uint32_t)pos;
        if (rest <= 3)
            continue;
        uint32_t len = 1;
        uint32_t max_len = frames->n - i < rest ? frames->n - i : rest;
        while (max_len > len && strcmp(frames->v[i + len], cf.v[pos + len]) == 0)
            len++;
        if (len > 3) {
            uint32_t skipped = len - 2;
            StrList out;
            sl_init(&out);
            for (uint32_t k = 0; k <= i; k++)
                sl_push(&out, frames->v[k]);
            sl_push(&out, str_fmt("    ... %u lines matching cause stack trace ...", skipped));
            for (uint32_t k = i + 1 + skipped; k < frames->n; k++)
                sl_push(&out, frames->v[k]);
            *frames = out;
            return 0;
        }
    }
    return 0;
}

static char *format_error(Ctx *c, JSValue err, const char *ctor, const char *tag, KeyList *keys)
{
    JSValue nv = js_get_property(err, JS_ATOM(name));
    if (nv == JS_EXCEPTION)
        return NULL;
    char *name = js_is_nullish(nv) ? str_dup("Error") : to_string_utf8(nv);
    if (!name)
        return NULL;
    JSValue sv = js_get_property(err, JS_ATOM(stack));
    if (sv == JS_EXCEPTION)
        return NULL;
    char *stack = js_to_boolean(sv) ? to_string_utf8(sv) : error_to_string(err);
    if (!stack)
        return NULL;

    /* removeDuplicateErrorKeys */
    if (!c->o.show_hidden && keys->n) {
        JSAtom names[3] = { JS_ATOM(name), JS_ATOM(message), JS_ATOM(stack) };
        for (int k = 0; k < 3; k++) {
            for (uint32_t i = 0; i < keys->n; i++) {
                if (keys->k[i] != names[k])
                    continue;
                JSValue pv = js_get_property(err, names[k]);
                if (pv == JS_EXCEPTION)
                    return NULL;
                char *ps = to_string_utf8(pv);
                if (!ps)
                    return NULL;
                if (str_contains(stack, ps))
                    keys_remove_at(keys, i);
                break;
            }
        }
    }
    int has_cause = js_has_property(err, JS_ATOM(cause));
    if (has_cause < 0)
        return NULL;
    if (has_cause && !keys_has(keys, JS_ATOM(cause)))
        keys_push(keys, JS_ATOM(cause));
    JSValue errors = js_get_property(err, JS_ATOM(errors));
    if (errors == JS_EXCEPTION)
        return NULL;
    if (js_is_array_value(errors) > 0 && !keys_has(keys, JS_ATOM(errors)))
        keys_push(keys, JS_ATOM(errors));

    stack = improve_stack(stack, ctor, name, tag);

    /* Ignore the message if it is contained in the stack. Note node's
     * `(msg && stack.indexOf(msg)) || -1`: a match at 0 counts as none. */
    JSValue mv = js_get_property(err, JS_ATOM(message));
    if (mv == JS_EXCEPTION)
        return NULL;
    long pos = -1;
    if (js_to_boolean(mv)) {
        char *msg = to_string_utf8(mv);
        if (!msg)
            return NULL;
        const char *hit = strstr(stack, msg);
        if (hit && hit != stack)
            pos = (long)(hit - stack) + (long)strlen(msg);
    }
    const char *stack_start = strstr(stack + (pos < 0 ? 0 : pos), "\n    at");
    if (!stack_start) {
        stack = concat3("[", stack, "]");
    } else {
        StrBuf b;
        sb_init(&b);
        sb_put(&b, stack, (size_t)(stack_start - stack));
        StrList lines;
        if (get_stack_frames(c, err, stack_start + 1, &lines) < 0)
            return NULL;
        sb_putc(&b, '\n');
        sb_puts(&b, sl_join(&lines, "\n"));
        stack = sb_str(&b);
    }
    if (c->indent != 0)
        stack = indent_newlines(stack, c->indent);
    return stack;
}

/* ---- Map, Set, Promise (formatMap, formatSet, formatPromise) ------------- */

typedef struct MapWalk {
    Ctx *c;
    int recurse;
    bool is_set;
    uint32_t max, i;
    StrList *out;
    bool failed;
} MapWalk;

static int map_entry(JSValue key, JSValue value, void *opaque)
{
    MapWalk *w = opaque;
    if (w->i >= w->max)
        return 1;
    char *k = format_value(w->c, key, w->recurse, false);
    if (!k) {
        w->failed = true;
        return 1;
    }
    if (w->is_set) {
        sl_push(w->out, k);
    } else {
        char *v = format_value(w->c, value, w->recurse, false);
        if (!v) {
            w->failed = true;
            return 1;
        }
        sl_push(w->out, concat3(k, " => ", v));
    }
    w->i++;
    return 0;
}

static int format_map_or_set(Ctx *c, JSValue v, int recurse, bool is_set, StrList *out)
{
    uint32_t size = js_map_size(v);
    uint32_t max = c->o.max_array_length < 0 ? 0 : (uint32_t)c->o.max_array_length;
    if (max > size)
        max = size;
    MapWalk w = { c, recurse, is_set, max, 0, out, false };
    c->indent += 2;
    js_map_foreach(v, map_entry, &w);
    c->indent -= 2;
    if (w.failed)
        return -1;
    if (size > max)
        sl_push(out, remaining_text(size - max));
    return 0;
}

static int format_promise(Ctx *c, JSValue v, int recurse, StrList *out)
{
    JSValue result;
    int state = js_promise_state(v, &result);
    if (state == JS_PROMISE_PENDING) {
        sl_push(out, str_dup("<pending>"));
        return 0;
    }
    c->indent += 2;
    char *s = format_value(c, result, recurse, false);
    c->indent -= 2;
    if (!s)
        return -1;
    sl_push(out, state == JS_PROMISE_REJECTED ? concat3("<rejected> ", s, "") : s);
    return 0;
}

/* ---- objects (formatRaw) -------------------------------------------------- */

/* formatTypedArray: the elements as numbers or BigInts. */
static int format_typed_array(Ctx *c, JSValue v, StrList *out)
{
    JSTypedArray *t = js_ta_of(v);
    size_t len = js_ta_length(t);
    size_t max = c->o.max_array_length < 0 ? 0 : (size_t)c->o.max_array_length;
    size_t n = len < max ? len : max;
    for (size_t i = 0; i < n; i++) {
        char *s = format_primitive(c, js_ta_load(t, i));
        if (!s)
            return -1;
        sl_push(out, s);
    }
    if (len > n)
        sl_push(out, remaining_text((uint32_t)(len - n)));
    return 0;
}

/* formatArrayBuffer: "[Uint8Contents]: <00 01 ...>". */
static void format_array_buffer(Ctx *c, JSValue v, StrList *out)
{
    JSArrayBuffer *b = js_ab_of(v);
    if (js_ab_detached(b)) {
        sl_push(out, str_dup("(detached)"));
        return;
    }
    size_t max = c->o.max_array_length < 0 ? 0 : (size_t)c->o.max_array_length;
    size_t n = b->byte_length < max ? b->byte_length : max;
    StrBuf sb;
    sb_init(&sb);
    sb_puts(&sb, "[Uint8Contents]: <");
    for (size_t i = 0; i < n; i++) {
        static const char hex[] = "0123456789abcdef";
        if (i) sb_putc(&sb, ' ');
        sb_putc(&sb, hex[b->data[i] >> 4]);
        sb_putc(&sb, hex[b->data[i] & 15]);
    }
    if (b->byte_length > n) {
        size_t rem = b->byte_length - n;
        sb_puts(&sb, str_fmt(" ... %zu more byte%s", rem, rem > 1 ? "s" : ""));
    }
    sb_putc(&sb, '>');
    sl_push(out, sb_str(&sb));
}

/* keys = names + keys (ArrayPrototypeUnshift). */
static void keys_unshift(KeyList *keys, const char *const *names, int n)
{
    KeyList nk = { 0 };
    for (int i = 0; i < n; i++)
        keys_push(&nk, js_atom_from_cstr(names[i]));
    for (uint32_t i = 0; i < keys->n; i++)
        keys_push(&nk, keys->k[i]);
    *keys = nk;
}

static char *format_raw(Ctx *c, JSValue v, int recurse, bool typed_array)
{
    char *ctor;
    if (get_constructor_name(c, v, recurse, &ctor) < 0)
        return NULL;

    /* Symbol.toStringTag, unless it is an own enumerable property (it is
     * printed among the keys then). */
    const char *tag = "";
    JSValue tv = js_get_property(v, JS_SYM(toStringTag));
    if (tv == JS_EXCEPTION)
        return NULL;
    if (js_is_string(tv) && js_string_length(tv) > 0) {
        JSPropertyDescriptor d;
        int r = js_get_own_property(v, JS_SYM(toStringTag), &d);
        if (r < 0)
            return NULL;
        bool own_listed = r > 0 && (c->o.show_hidden || (d.flags & JS_PROP_ENUMERABLE));
        if (!own_listed)
            tag = to_utf8(tv);
    }

    const char *base = "";
    const char *brace0 = "{", *brace1 = "}";
    KeyList keys = { 0 };
    int extras = K_OBJECT;
    bool is_arr = false;
    enum { SPECIAL_NONE, SPECIAL_MAP, SPECIAL_SET, SPECIAL_PROMISE, SPECIAL_TYPED, SPECIAL_BUFFER } special = SPECIAL_NONE;
    int r = js_is_array_value(v);
    if (r < 0)
        return NULL;
    JSCellKind kind = js_cell_kind(v);

    if (r > 0) {
        is_arr = true;
        int64_t len;
        if (js_get_length(v, &len) < 0)
            return NULL;
        const char *prefix = "";
        if (ctor == NULL || strcmp(ctor, "Array") != 0 || tag[0])
            prefix = get_prefix(ctor, tag, "Array", str_fmt("(%lld)", (long long)len));
        if (get_keys(c, v, true, &keys) < 0)
            return NULL;
        brace0 = concat3(prefix, "[", "");
        brace1 = "]";
        if (len == 0 && keys.n == 0)
            return concat3(brace0, "]", "");
        extras = K_ARRAY_EXTRAS;
    } else if (kind == JS_CELL_TYPED_ARRAY) {
        size_t size = js_ta_length(js_ta_of(v));
        if (get_keys(c, v, true, &keys) < 0)
            return NULL;
        brace0 = concat3(get_prefix(ctor, tag, js_ta_type_name(js_ta_type(js_ta_of(v))),
                                    str_fmt("(%zu)", size)), "[", "");
        brace1 = "]";
        if (size == 0 && keys.n == 0)
            return concat3(brace0, "]", "");
        extras = K_ARRAY_EXTRAS;
        special = SPECIAL_TYPED;
    } else if (kind == JS_CELL_ARRAY_BUFFER) {
        if (get_keys(c, v, false, &keys) < 0)
            return NULL;
        bool shared = js_ab_of(v)->o.h.flags & JS_AB_SHARED;
        char *prefix = get_prefix(ctor, tag, shared ? "SharedArrayBuffer" : "ArrayBuffer", "");
        if (typed_array && keys.n == 0)
            return str_fmt("%s{ byteLength: %s }", prefix,
                           format_number((double)js_ab_of(v)->byte_length, c->o.numeric_separator));
        brace0 = concat3(prefix, "{", "");
        static const char *const bl[] = { "byteLength" };
        keys_unshift(&keys, bl, 1);
        if (!typed_array)
            special = SPECIAL_BUFFER;
    } else if (kind == JS_CELL_DATA_VIEW) {
        if (get_keys(c, v, false, &keys) < 0)
            return NULL;
        brace0 = concat3(get_prefix(ctor, tag, "DataView", ""), "{", "");
        static const char *const dv[] = { "byteLength", "byteOffset", "buffer" };
        keys_unshift(&keys, dv, 3);
    } else if (kind == JS_CELL_MAP || kind == JS_CELL_SET) {
        bool is_set = kind == JS_CELL_SET;
        char *prefix = get_prefix(ctor, tag, is_set ? "Set" : "Map", str_fmt("(%u)", js_map_size(v)));
        if (get_keys(c, v, false, &keys) < 0)
            return NULL;
        if (js_map_size(v) == 0 && keys.n == 0)
            return concat3(prefix, "{}", "");
        brace0 = concat3(prefix, "{", "");
        special = is_set ? SPECIAL_SET : SPECIAL_MAP;
    } else {
        /* TODO(#2-later): typed arrays and iterators go here
         * (formatTypedArray, formatIterator). */
        if (get_keys(c, v, false, &keys) < 0)
            return NULL;
        if (kind == JS_CELL_ARGUMENTS && js_is_module_ns_obj(js_obj(v))) {
            brace0 = concat3(get_prefix(ctor, tag, "Module", ""), "{", "");
            if (keys.n == 0) /* node prints two spaces here */
                return concat3(brace0, "  }", "");
        } else if (kind == JS_CELL_FUNCTION) {
            char *fb = get_function_base(v, ctor, tag);
            if (!fb)
                return NULL;
            base = fb;
            if (keys.n == 0)
                return fb;
        } else if (ctor != NULL && strcmp(ctor, "Object") == 0) {
            if (kind == JS_CELL_ARGUMENTS)
                brace0 = "[Arguments] {";
            else if (tag[0])
                brace0 = concat3(get_prefix(ctor, tag, "Object", ""), "{", "");
            if (keys.n == 0)
                return concat3(brace0, "}", "");
        } else if (is_error(v)) {
            char *eb = format_error(c, v, ctor, tag, &keys);
            if (!eb)
                return NULL;
            base = eb;
            if (keys.n == 0)
                return eb;
        } else if (kind == JS_CELL_DATE) {
            /* toISOString, or toString for an invalid date */
            JSValue t = js_call_method(v, js_atom_from_cstr("getTime"), 0, NULL);
            if (t == JS_EXCEPTION)
                return NULL;
            bool invalid = js_is_number(t) && isnan(js_to_double(t));
            JSValue d = js_call_method(v, js_atom_from_cstr(invalid ? "toString" : "toISOString"), 0, NULL);
            if (d == JS_EXCEPTION)
                return NULL;
            char *db = to_string_utf8(d);
            if (!db)
                return NULL;
            char *prefix = get_prefix(ctor, tag, "Date", "");
            if (strcmp(prefix, "Date ") != 0)
                db = concat3(prefix, db, "");
            base = db;
            if (keys.n == 0)
                return db;
        } else if (kind == JS_CELL_REGEXP) {
            char *rb = to_string_utf8(js_regexp_to_display(v));
            if (!rb)
                return NULL;
            char *prefix = get_prefix(ctor, tag, "RegExp", "");
            if (strcmp(prefix, "RegExp ") != 0)
                rb = concat3(prefix, rb, "");
            base = rb;
            if (keys.n == 0)
                return rb;
        } else if (kind == JS_CELL_PROMISE) {
            brace0 = concat3(get_prefix(ctor, tag, "Promise", ""), "{", "");
            special = SPECIAL_PROMISE;
        } else if (kind >= JS_CELL_BOOLEAN_OBJECT && kind <= JS_CELL_BIGINT_OBJECT) {
            char *bb = get_boxed_base(c, v, &keys, ctor, tag);
            if (!bb)
                return NULL;
            base = bb;
            if (keys.n == 0)
                return bb;
        } else {
            /* TODO(#2-later): RegExp, Date, Promise, WeakMap/WeakSet,
             * ArrayBuffer and DataView have their own bases. */
            char *style = get_ctx_style(v, ctor, tag);
            if (keys.n == 0)
                return concat3(style, "{}", "");
            brace0 = concat3(style, "{", "");
        }
    }

    if (depth_exceeded(c, recurse)) {
        char *name = get_ctx_style(v, ctor, tag);
        name[strlen(name) - 1] = 0;
        if (ctor != NULL)
            name = concat3("[", name, "]");
        return name;
    }
    /* Very deep structures with depth: Infinity would exhaust the C stack;
     * node reports the RangeError it catches at that point. C code may use
     * the stack below the JavaScript limit (rt_stack_limit); stay within
     * 256 KiB of it. */
    volatile char here;
    if (rt_stack_limit > (256u << 10) && (uintptr_t)&here < rt_stack_limit - (256u << 10)) {
        char *name = get_ctx_style(v, ctor, tag);
        name[strlen(name) - 1] = 0;
        return str_fmt("[%s: Inspection interrupted prematurely. Maximum call stack size exceeded.]", name);
    }
    recurse++;
    seen_push(c, v);
    c->current_depth = recurse;
    StrList output;
    sl_init(&output);
    if (is_arr && format_array(c, v, recurse, &output) < 0)
        goto fail;
    if ((special == SPECIAL_MAP || special == SPECIAL_SET) &&
        format_map_or_set(c, v, recurse, special == SPECIAL_SET, &output) < 0)
        goto fail;
    if (special == SPECIAL_PROMISE && format_promise(c, v, recurse, &output) < 0)
        goto fail;
    if (special == SPECIAL_TYPED && format_typed_array(c, v, &output) < 0)
        goto fail;
    if (special == SPECIAL_BUFFER)
        format_array_buffer(c, v, &output);
    for (uint32_t i = 0; i < keys.n; i++) {
        char *p = format_property(c, v, recurse, keys.k[i], extras);
        if (!p)
            goto fail;
        sl_push(&output, p);
    }
    uint32_t ref = circular_get(c, v);
    if (ref) {
        char *reference = str_fmt("<ref *%u>", ref);
        if (c->o.compact != -1)
            base = base[0] ? concat3(reference, " ", base) : reference;
        else
            brace0 = concat3(reference, " ", brace0);
    }
    c->nseen--;

    if (c->o.sorted) {
        /* Sort the property entries (for arrays only the extra keys). */
        uint32_t from = extras == K_OBJECT ? 0 : output.n - keys.n;
        for (uint32_t i = from + 1; i < output.n; i++) {
            char *x = output.v[i];
            uint32_t j = i;
            while (j > from && strcmp(output.v[j - 1], x) > 0) {
                output.v[j] = output.v[j - 1];
                j--;
            }
            output.v[j] = x;
        }
    }
    bool err;
    char *res = reduce_to_single_string(c, &output, base, brace0, brace1, extras, recurse, v, &err);
    if (err)
        return NULL;
    return res;
fail:
    c->nseen--;
    return NULL;
}

/* ---- formatValue ---------------------------------------------------------- */

static JSValue custom_symbol;
static JSValue inspect_fn;     /* util.inspect, created on first use */

JSValue js_inspect_custom_symbol(void)
{
    if (custom_symbol == 0) {
        /* Symbol.for('nodejs.util.inspect.custom') through the global Symbol. */
        JSValue sym_ctor = js_get_property_str(js_realm.global, "Symbol");
        JSValue for_fn = js_is_object(sym_ctor) ? js_get_property_str(sym_ctor, "for") : JS_UNDEFINED;
        if (for_fn != JS_EXCEPTION && js_is_callable(for_fn)) {
            JSValue key = js_new_string_cstr("nodejs.util.inspect.custom");
            JSValue s = js_call(for_fn, sym_ctor, 1, &key);
            if (s != JS_EXCEPTION && js_is_symbol(s))
                custom_symbol = s;
        }
        if (js_has_exception())
            rt_take_exception();
        if (custom_symbol == 0)
            return JS_UNDEFINED;
    }
    return custom_symbol;
}

static JSValue options_object(Ctx *c)
{
    JSValue o = js_new_object();
    js_set_property_str(o, "depth", c->o.depth == INT32_MAX ? js_mk_double(INFINITY) : js_mk_int32(c->o.depth));
    js_set_property_str(o, "showHidden", js_mk_bool(c->o.show_hidden));
    js_set_property_str(o, "colors", JS_FALSE);
    js_set_property_str(o, "customInspect", js_mk_bool(c->o.custom_inspect));
    js_set_property_str(o, "showProxy", JS_FALSE);
    js_set_property_str(o, "maxArrayLength", js_mk_int32(c->o.max_array_length));
    js_set_property_str(o, "maxStringLength", js_mk_int32(c->o.max_string_length));
    js_set_property_str(o, "breakLength", js_mk_int32(c->o.break_length));
    js_set_property_str(o, "compact", c->o.compact == -1 ? JS_TRUE : c->o.compact == 0 ? JS_FALSE
                                                                   : js_mk_int32(c->o.compact));
    js_set_property_str(o, "sorted", js_mk_bool(c->o.sorted));
    js_set_property_str(o, "getters", js_mk_bool(c->o.getters));
    js_set_property_str(o, "numericSeparator", js_mk_bool(c->o.numeric_separator));
    return o;
}

static char *format_value(Ctx *c, JSValue v, int recurse, bool typed_array)
{
    if (!js_is_object(v))
        return format_primitive(c, v);
    /* node (showProxy: false) shows a proxy's target without running traps */
    while (js_is_proxy(v)) {
        v = js_proxy_target(v);
        if (v == JS_NULL)
            return str_dup("<Revoked Proxy>");
    }

    if (c->o.custom_inspect) {
        JSValue sym = js_inspect_custom_symbol();
        if (js_is_symbol(sym)) {
            JSValue fn = js_get_property(v, sym);
            if (fn == JS_EXCEPTION)
                return NULL;
            /* util.inspect itself as a custom inspector is ignored, as in node */
            if (js_is_callable(fn) && fn != inspect_fn) {
                /* Skip prototype objects (value.constructor.prototype === value). */
                JSValue ctor = js_get_property(v, JS_ATOM(constructor));
                if (ctor == JS_EXCEPTION)
                    return NULL;
                bool is_proto = false;
                if (js_is_object(ctor)) {
                    JSValue p = js_get_property(ctor, JS_ATOM(prototype));
                    if (p == JS_EXCEPTION)
                        return NULL;
                    is_proto = p == v;
                }
                if (!is_proto) {
                    JSValue args[3] = {
                        c->o.depth == INT32_MAX ? js_mk_double(INFINITY)
                                                : js_mk_number((double)c->o.depth - recurse),
                        options_object(c),
                        js_inspect_function(),
                    };
                    JSValue ret = js_call(fn, v, 3, args);
                    if (ret == JS_EXCEPTION)
                        return NULL;
                    if (ret != v) {
                        if (!js_is_string(ret))
                            return format_value(c, ret, recurse, false);
                        return indent_newlines(to_utf8(ret), c->indent);
                    }
                }
            }
        }
    }

    if (seen_has(c, v))
        return str_fmt("[Circular *%u]", circular_add(c, v));
    return format_raw(c, v, recurse, typed_array);
}

/* inspect(first_proto, { ...ctx, customInspect: false, depth }) from
 * getConstructorName. */
static char *inspect_with(Ctx *parent, JSValue v, int depth)
{
    Ctx c = { 0 };
    c.o = parent->o;
    c.o.custom_inspect = false;
    c.o.depth = depth;
    return format_value(&c, v, 0, false);
}

/* ---- public API ------------------------------------------------------------ */

void js_inspect_default_options(JSInspectOptions *o)
{
    o->depth = 2;
    o->show_hidden = false;
    o->custom_inspect = true;
    o->getters = false;
    o->sorted = false;
    o->numeric_separator = false;
    o->compact = 3;
    o->break_length = 80;
    o->max_array_length = 100;
    o->max_string_length = 10000;
}

char *js_inspect_utf8(JSValue v, const JSInspectOptions *opts, size_t *len)
{
    Ctx c = { 0 };
    if (opts)
        c.o = *opts;
    else
        js_inspect_default_options(&c.o);
    char *s = format_value(&c, v, 0, false);
    if (s && len)
        *len = strlen(s);
    return s;
}

JSValue js_inspect(JSValue v, const JSInspectOptions *opts)
{
    size_t n;
    char *s = js_inspect_utf8(v, opts, &n);
    if (!s)
        return JS_EXCEPTION;
    return js_new_string_from_utf8(s, n);
}

/* Reads a numeric option: null/Infinity → INT32_MAX (or -1 for depth). */
static int read_int_option(JSValue obj, const char *name, int *out, int infinite)
{
    JSValue v = js_get_property_str(obj, name);
    if (v == JS_EXCEPTION)
        return -1;
    if (v == JS_UNDEFINED)
        return 0;
    if (v == JS_NULL) {
        *out = infinite;
        return 0;
    }
    if (js_is_number(v)) {
        double d = js_to_double(v);
        if (isnan(d))
            return 0;
        if (d >= 2147483647.0)
            *out = infinite;
        else if (d <= -2147483648.0)
            *out = INT32_MIN;
        else
            *out = (int)d;
    }
    return 0;
}

static int read_bool_option(JSValue obj, const char *name, bool *out)
{
    JSValue v = js_get_property_str(obj, name);
    if (v == JS_EXCEPTION)
        return -1;
    if (v != JS_UNDEFINED)
        *out = js_to_boolean(v);
    return 0;
}

int js_inspect_options_from_object(JSValue obj, JSInspectOptions *o)
{
    if (js_is_bool(obj)) {          /* legacy inspect(v, showHidden) */
        o->show_hidden = obj == JS_TRUE;
        return 0;
    }
    if (!js_is_object(obj))
        return 0;
    if (read_int_option(obj, "depth", &o->depth, INT32_MAX) < 0 ||
        read_bool_option(obj, "showHidden", &o->show_hidden) < 0 ||
        read_bool_option(obj, "customInspect", &o->custom_inspect) < 0 ||
        read_bool_option(obj, "getters", &o->getters) < 0 ||
        read_bool_option(obj, "sorted", &o->sorted) < 0 ||
        read_bool_option(obj, "numericSeparator", &o->numeric_separator) < 0 ||
        read_int_option(obj, "breakLength", &o->break_length, INT32_MAX) < 0 ||
        read_int_option(obj, "maxArrayLength", &o->max_array_length, INT32_MAX) < 0 ||
        read_int_option(obj, "maxStringLength", &o->max_string_length, INT32_MAX) < 0)
        return -1;
    JSValue cv = js_get_property_str(obj, "compact");
    if (cv == JS_EXCEPTION)
        return -1;
    if (cv == JS_TRUE)
        o->compact = -1;
    else if (cv == JS_FALSE)
        o->compact = 0;
    else if (js_is_number(cv))
        o->compact = (int)js_to_double(cv);
    if (o->max_array_length < 0)
        o->max_array_length = 0;
    return 0;
}

/* util.inspect(value, options) */
static JSValue js_util_inspect(JSFunction *callee, JSValue this_val, int32_t argc,
                               const JSValue *argv, JSValue new_target)
{
    JSInspectOptions o;
    js_inspect_default_options(&o);
    if (argc > 1 && js_inspect_options_from_object(argv[1], &o) < 0)
        return JS_EXCEPTION;
    /* legacy (value, showHidden, depth, colors) */
    if (argc > 2 && argv[2] != JS_UNDEFINED) {
        if (argv[2] == JS_NULL)
            o.depth = INT32_MAX;
        else if (js_is_number(argv[2]))
            o.depth = (int)js_to_double(argv[2]);
    }
    return js_inspect(js_arg(argc, argv, 0), &o);
}

JSValue js_inspect_function(void)
{
    if (inspect_fn == 0) {
        inspect_fn = js_new_native_function("inspect", js_util_inspect, 2);
        JSValue sym = js_inspect_custom_symbol();
        if (js_is_symbol(sym))
            js_define_property_value_str(inspect_fn, "custom", sym, JS_PROP_C_W_E);
    }
    return inspect_fn;
}
