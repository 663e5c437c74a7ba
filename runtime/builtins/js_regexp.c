/*
 * js_regexp.c — RegExp objects over the engine of runtime/regexp/: the
 * constructor, exec/test/toString and the flag getters, the Symbol.match /
 * matchAll / replace / search / split protocol that String.prototype's
 * methods delegate to, the RegExp String Iterator, and the entry point of
 * regex literals (rt_regexp_literal).
 *
 * A RegExp is a JSRegExp cell: its source and flags strings and the
 * compiled program (a pointer-free GC block, shared by every RegExp made
 * from the same literal site). `lastIndex` is an ordinary own data property
 * (writable, not enumerable, not configurable), so compiled code and user
 * code see it like any other.
 */
#include <stdlib.h>

#include "builtins.h"
#include "../regexp/regexp.h"

typedef struct JSRegExp {
    JSObject o;
    JSValue source;       /* the pattern as given (a string) */
    JSValue flags;        /* the flags string as given */
    const uint8_t *prog;  /* compiled program (rt_alloc_atomic) */
    uint32_t flag_bits;   /* RE_FLAG_* */
} JSRegExp;

static JSAtom atom_last_index;

static bool is_jsregexp(JSValue v) { return js_is_cell(v) && js_cell_kind(v) == JS_CELL_REGEXP; }
static JSRegExp *rx_of(JSValue v) { return (JSRegExp *)js_cell_ptr(v); }

static JSString *flat(JSValue s) { return js_string_flatten(js_str(s)); }

static ReInput input_of(JSString *f)
{
    ReInput in = {0};
    in.len = f->length;
    if (js_string_is_two_byte(f))
        in.s16 = f->u.utf16;
    else
        in.s8 = f->u.latin1;
    return in;
}

/* UTF-16 units of a flat string (a malloc'ed copy for one-byte strings). */
static uint16_t *units_of(JSString *f, bool *owned)
{
    if (js_string_is_two_byte(f)) {
        *owned = false;
        return (uint16_t *)f->u.utf16;
    }
    uint16_t *u = malloc((f->length + 1) * sizeof *u);
    if (!u)
        return NULL;
    for (uint32_t i = 0; i < f->length; i++)
        u[i] = f->u.latin1[i];
    *owned = true;
    return u;
}

/* Compiles source/flags (strings) into a GC program; throws SyntaxError. */
static const uint8_t *compile(JSValue source, JSValue flags, uint32_t *bits)
{
    JSString *ff = flat(flags);
    bool fo;
    uint16_t *fu = units_of(ff, &fo);
    if (!fu) {
        js_throw_range_error("Out of memory");
        return NULL;
    }
    int bad = re_parse_flags(fu, ff->length, bits);
    if (fo)
        free(fu);
    if (bad) {
        char *f8 = js_string_to_utf8(flags, NULL);
        js_throw_syntax_error("Invalid flags supplied to RegExp constructor '%s'", f8 ? f8 : "");
        return NULL;
    }
    JSString *sf = flat(source);
    bool so;
    uint16_t *su = units_of(sf, &so);
    if (!su) {
        js_throw_range_error("Out of memory");
        return NULL;
    }
    ReError err;
    size_t size;
    uint8_t *prog = re_compile(su, sf->length, *bits, &size, &err);
    if (so)
        free(su);
    if (!prog) {
        char *s8 = js_string_to_utf8(source, NULL);
        char *f8 = js_string_to_utf8(flags, NULL);
        js_throw_syntax_error("Invalid regular expression: /%s/%s: %s", s8 ? s8 : "", f8 ? f8 : "",
                              err.msg);
        return NULL;
    }
    uint8_t *gc = rt_alloc_atomic(size);
    memcpy(gc, prog, size);
    free(prog);
    return gc;
}

static JSValue regexp_alloc(JSValue new_target)
{
    JSValue obj = js_create_from_ctor(new_target, js_realm.regexp_proto, JS_CELL_REGEXP,
                                      sizeof(JSRegExp));
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSRegExp *r = rx_of(obj);
    r->source = js_str_c("");
    r->flags = js_str_c("");
    r->prog = NULL;
    if (js_define_property_value(obj, atom_last_index, js_mk_int32(0), JS_PROP_WRITABLE) < 0)
        return JS_EXCEPTION;
    return obj;
}

static JSValue set_last_index(JSValue rx, JSValue v)
{
    if (js_set_property(rx, atom_last_index, v, true) < 0)
        return JS_EXCEPTION;
    return JS_UNDEFINED;
}

/* RegExpInitialize(obj, pattern, flags). */
static JSValue regexp_initialize(JSValue obj, JSValue pattern, JSValue flags)
{
    JSValue p = js_is_undefined(pattern) ? js_str_c("") : js_to_string(pattern);
    if (p == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue f = js_is_undefined(flags) ? js_str_c("") : js_to_string(flags);
    if (f == JS_EXCEPTION)
        return JS_EXCEPTION;
    uint32_t bits;
    const uint8_t *prog = compile(p, f, &bits);
    if (!prog)
        return JS_EXCEPTION;
    JSRegExp *r = rx_of(obj);
    r->source = p;
    r->flags = f;
    r->prog = prog;
    r->flag_bits = bits;
    if (set_last_index(obj, js_mk_int32(0)) == JS_EXCEPTION)
        return JS_EXCEPTION;
    return obj;
}

/* IsRegExp(argument). */
static int is_regexp(JSValue v)
{
    if (!js_is_object(v))
        return 0;
    JSValue m = js_get_property(v, JS_SYM(match));
    if (m == JS_EXCEPTION)
        return -1;
    if (!js_is_undefined(m))
        return js_to_boolean(m);
    return is_jsregexp(v);
}

static JS_NATIVE(js_regexp_ctor)
{
    JSValue pattern = js_arg(argc, argv, 0), flags = js_arg(argc, argv, 1);
    int pir = is_regexp(pattern);
    if (pir < 0)
        return JS_EXCEPTION;
    JSValue nt = new_target;
    if (js_is_undefined(nt)) {
        nt = js_mk_cell(callee);
        if (pir && js_is_undefined(flags)) {
            JSValue pc = js_get_property(pattern, JS_ATOM(constructor));
            if (pc == JS_EXCEPTION)
                return JS_EXCEPTION;
            if (pc == nt)
                return pattern;
        }
    }
    JSValue p, f;
    if (is_jsregexp(pattern)) {
        p = rx_of(pattern)->source;
        f = js_is_undefined(flags) ? rx_of(pattern)->flags : flags;
    } else if (pir) {
        p = js_get_property(pattern, js_atom_from_cstr("source"));
        if (p == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (js_is_undefined(flags)) {
            f = js_get_property(pattern, js_atom_from_cstr("flags"));
            if (f == JS_EXCEPTION)
                return JS_EXCEPTION;
        } else {
            f = flags;
        }
    } else {
        p = pattern;
        f = flags;
    }
    JSValue obj = regexp_alloc(nt);
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    return regexp_initialize(obj, p, f);
}

/* The RegExp of a literal site: the program is compiled on the first
 * evaluation and kept in the site's slot (a global of the compiled module,
 * which the collector scans); each evaluation makes a new object. */
JSValue rt_regexp_literal(void **site, JSValue source, JSValue flags)
{
    JSValue obj = regexp_alloc(JS_UNDEFINED);
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSRegExp *r = rx_of(obj);
    if (!*site) {
        uint32_t bits;
        const uint8_t *prog = compile(source, flags, &bits);
        if (!prog)
            return JS_EXCEPTION;
        *site = (void *)prog;
    }
    r->prog = *site;
    r->flag_bits = re_flags(r->prog);
    r->source = source;
    r->flags = flags;
    return obj;
}

/* ---- exec -------------------------------------------------------------------------- */

static JSValue throw_exec_error(int rc)
{
    if (rc == RE_ERROR_STACK)
        return js_throw_range_error("Maximum call stack size exceeded");
    return js_throw_range_error("Out of memory in regular expression");
}

static JSValue substr_or_undef(JSValue s, int32_t a, int32_t b)
{
    if (a < 0 || b < 0)
        return JS_UNDEFINED;
    return js_string_substring(s, (uint32_t)a, (uint32_t)b);
}

static JSValue pair_or_undef(int32_t a, int32_t b)
{
    if (a < 0 || b < 0)
        return JS_UNDEFINED;
    JSValue v[2] = { js_mk_int32(a), js_mk_int32(b) };
    return js_new_array_from(2, v);
}

/* The groups object of a match (null prototype), or undefined. For
 * duplicate names the group that participated wins. `pairs` makes the
 * indices form. */
static JSValue make_groups(const uint8_t *prog, JSValue s, const int32_t *caps, bool pairs)
{
    if (!re_has_named_groups(prog))
        return JS_UNDEFINED;
    JSValue g = js_new_object_proto(JS_NULL);
    uint32_t n = re_capture_count(prog);
    for (uint32_t i = 1; i < n; i++) {
        const char *name = re_group_name(prog, i);
        if (!name)
            continue;
        JSAtom key = js_atom_from_cstr(name);
        JSValue v = pairs ? pair_or_undef(caps[2 * i], caps[2 * i + 1])
                          : substr_or_undef(s, caps[2 * i], caps[2 * i + 1]);
        if (js_is_undefined(v) && js_has_own_property(g, key) > 0)
            continue;
        if (js_define_property_value(g, key, v, JS_PROP_C_W_E) < 0)
            return JS_EXCEPTION;
    }
    return g;
}

/* RegExpBuiltinExec(R, S). */
static JSValue builtin_exec(JSValue rx, JSValue s)
{
    JSRegExp *r = rx_of(rx);
    JSValue li = js_get_property(rx, atom_last_index);
    if (li == JS_EXCEPTION)
        return JS_EXCEPTION;
    int64_t last;
    if (js_to_length(li, &last) < 0)
        return JS_EXCEPTION;
    uint32_t fb = r->flag_bits;
    bool gy = fb & (RE_FLAG_GLOBAL | RE_FLAG_STICKY);
    if (!gy)
        last = 0;
    JSString *fs = flat(s);
    if (last > (int64_t)fs->length) {
        if (gy && set_last_index(rx, js_mk_int32(0)) == JS_EXCEPTION)
            return JS_EXCEPTION;
        return JS_NULL;
    }
    const uint8_t *prog = r->prog;
    uint32_t ncaps = re_capture_count(prog);
    int32_t small[32];
    int32_t *caps = 2 * ncaps <= 32 ? small : rt_alloc_atomic(2 * ncaps * sizeof(int32_t));
    ReInput in = input_of(fs);
    int rc = re_exec(prog, &in, (uint32_t)last, fb & RE_FLAG_STICKY, caps);
    if (rc < 0)
        return throw_exec_error(rc);
    if (rc == RE_NO_MATCH) {
        if (gy && set_last_index(rx, js_mk_int32(0)) == JS_EXCEPTION)
            return JS_EXCEPTION;
        return JS_NULL;
    }
    if (gy && set_last_index(rx, js_mk_int32(caps[1])) == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue *vals = rt_alloc_cell(ncaps * sizeof(JSValue));
    for (uint32_t i = 0; i < ncaps; i++)
        vals[i] = substr_or_undef(s, caps[2 * i], caps[2 * i + 1]);
    JSValue a = js_new_array_from(ncaps, vals);
    js_define_property_value(a, JS_ATOM(index), js_mk_int32(caps[0]), JS_PROP_C_W_E);
    js_define_property_value(a, JS_ATOM(input), s, JS_PROP_C_W_E);
    JSValue groups = make_groups(prog, s, caps, false);
    if (groups == JS_EXCEPTION)
        return JS_EXCEPTION;
    js_define_property_value(a, js_atom_from_cstr("groups"), groups, JS_PROP_C_W_E);
    if (fb & RE_FLAG_INDICES) {
        for (uint32_t i = 0; i < ncaps; i++)
            vals[i] = pair_or_undef(caps[2 * i], caps[2 * i + 1]);
        JSValue ind = js_new_array_from(ncaps, vals);
        JSValue ig = make_groups(prog, s, caps, true);
        if (ig == JS_EXCEPTION)
            return JS_EXCEPTION;
        js_define_property_value(ind, js_atom_from_cstr("groups"), ig, JS_PROP_C_W_E);
        js_define_property_value(a, js_atom_from_cstr("indices"), ind, JS_PROP_C_W_E);
    }
    return a;
}

static JS_NATIVE(js_regexp_proto_exec);

/* RegExpExec(R, S): a user `exec` wins over the built-in one. */
static JSValue regexp_exec(JSValue rx, JSValue s)
{
    JSValue exec = js_get_property(rx, js_atom_from_cstr("exec"));
    if (exec == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (js_is_callable(exec)) {
        JSFunction *f = (JSFunction *)js_cell_ptr(exec);
        if (f->code == js_regexp_proto_exec && is_jsregexp(rx))
            return builtin_exec(rx, s);
        JSValue res = js_call(exec, rx, 1, &s);
        if (res == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (!js_is_object(res) && res != JS_NULL)
            return js_throw_type_error("object or null expected from exec");
        return res;
    }
    if (!is_jsregexp(rx))
        return js_throw_type_error("RegExp exec method called on an incompatible receiver");
    return builtin_exec(rx, s);
}

static JSValue this_regexp(JSValue this_val, const char *method)
{
    if (!is_jsregexp(this_val))
        return js_throw_type_error("Method RegExp.prototype.%s called on incompatible receiver", method);
    return this_val;
}

static JS_NATIVE(js_regexp_proto_exec)
{
    if (this_regexp(this_val, "exec") == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue s = js_to_string(js_arg(argc, argv, 0));
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    return builtin_exec(this_val, s);
}

static JSValue this_object(JSValue this_val, const char *method)
{
    if (!js_is_object(this_val))
        return js_throw_type_error("Method RegExp.prototype.%s called on incompatible receiver", method);
    return this_val;
}

static JS_NATIVE(js_regexp_proto_test)
{
    if (this_object(this_val, "test") == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue s = js_to_string(js_arg(argc, argv, 0));
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue r = regexp_exec(this_val, s);
    if (r == JS_EXCEPTION)
        return JS_EXCEPTION;
    return js_mk_bool(r != JS_NULL);
}

static JS_NATIVE(js_regexp_proto_to_string)
{
    if (this_object(this_val, "toString") == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue src = js_get_property(this_val, js_atom_from_cstr("source"));
    if (src == JS_EXCEPTION || (src = js_to_string(src)) == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue fl = js_get_property(this_val, js_atom_from_cstr("flags"));
    if (fl == JS_EXCEPTION || (fl = js_to_string(fl)) == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSStringBuilder sb;
    js_sb_init(&sb);
    js_sb_putc(&sb, '/');
    js_sb_put_string(&sb, src);
    js_sb_putc(&sb, '/');
    js_sb_put_string(&sb, fl);
    return js_sb_finish(&sb);
}

/* EscapeRegExpPattern: '/' outside a class and line terminators escaped,
 * "(?:)" for the empty pattern. */
JSValue js_regexp_escape_source(JSValue src)
{
    JSString *f = flat(src);
    if (f->length == 0)
        return js_str_c("(?:)");
    JSStringBuilder sb;
    js_sb_init(&sb);
    bool in_class = false;
    for (uint32_t i = 0; i < f->length; i++) {
        uint16_t c = js_flat_char_at(f, i);
        if (c == '\\') {
            js_sb_putc(&sb, c);
            if (i + 1 < f->length) {
                uint16_t d = js_flat_char_at(f, ++i);
                if (d == '\n')
                    js_sb_puts(&sb, "n");
                else if (d == '\r')
                    js_sb_puts(&sb, "r");
                else if (d == 0x2028)
                    js_sb_puts(&sb, "u2028");
                else if (d == 0x2029)
                    js_sb_puts(&sb, "u2029");
                else
                    js_sb_putc(&sb, d);
            }
            continue;
        }
        if (c == '[')
            in_class = true;
        else if (c == ']')
            in_class = false;
        if (c == '/' && !in_class)
            js_sb_puts(&sb, "\\/");
        else if (c == '\n')
            js_sb_puts(&sb, "\\n");
        else if (c == '\r')
            js_sb_puts(&sb, "\\r");
        else if (c == 0x2028)
            js_sb_puts(&sb, "\\u2028");
        else if (c == 0x2029)
            js_sb_puts(&sb, "\\u2029");
        else
            js_sb_putc(&sb, c);
    }
    return js_sb_finish(&sb);
}

static JS_NATIVE(js_regexp_get_source)
{
    if (!is_jsregexp(this_val)) {
        if (this_val == js_realm.regexp_proto)
            return js_str_c("(?:)");
        return js_throw_type_error("RegExp.prototype.source getter called on non-RegExp object");
    }
    return js_regexp_escape_source(rx_of(this_val)->source);
}

/* The flag getters share one native with the flag bit as data. */
static const struct { const char *name; uint32_t bit; } flag_getters[] = {
    { "hasIndices", RE_FLAG_INDICES }, { "global", RE_FLAG_GLOBAL },
    { "ignoreCase", RE_FLAG_IGNORECASE }, { "multiline", RE_FLAG_MULTILINE },
    { "dotAll", RE_FLAG_DOTALL }, { "unicode", RE_FLAG_UNICODE },
    { "unicodeSets", RE_FLAG_UNICODE_SETS }, { "sticky", RE_FLAG_STICKY },
};

static JSValue flag_getter(JSValue this_val, int which)
{
    if (!is_jsregexp(this_val)) {
        if (this_val == js_realm.regexp_proto)
            return JS_UNDEFINED;
        return js_throw_type_error("RegExp.prototype.%s getter called on non-RegExp object",
                                   flag_getters[which].name);
    }
    return js_mk_bool(rx_of(this_val)->flag_bits & flag_getters[which].bit);
}

#define FLAG_GETTER(i, fn) static JS_NATIVE(fn) { return flag_getter(this_val, i); }
FLAG_GETTER(0, js_regexp_get_has_indices)
FLAG_GETTER(1, js_regexp_get_global)
FLAG_GETTER(2, js_regexp_get_ignore_case)
FLAG_GETTER(3, js_regexp_get_multiline)
FLAG_GETTER(4, js_regexp_get_dot_all)
FLAG_GETTER(5, js_regexp_get_unicode)
FLAG_GETTER(6, js_regexp_get_unicode_sets)
FLAG_GETTER(7, js_regexp_get_sticky)

static JS_NATIVE(js_regexp_get_flags)
{
    if (this_object(this_val, "flags") == JS_EXCEPTION)
        return JS_EXCEPTION;
    char buf[16];
    int n = 0;
    for (size_t i = 0; i < JS_COUNTOF(flag_getters); i++) {
        JSValue v = js_get_property(this_val, js_atom_from_cstr(flag_getters[i].name));
        if (v == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (js_to_boolean(v))
            buf[n++] = "dgimsuvy"[i];
    }
    buf[n] = 0;
    return js_str_c(buf);
}

static JS_NATIVE(js_regexp_get_species) { return this_val; }

/* Annex B RegExp.prototype.compile(pattern, flags). */
static JS_NATIVE(js_regexp_proto_compile)
{
    if (this_regexp(this_val, "compile") == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue pattern = js_arg(argc, argv, 0), flags = js_arg(argc, argv, 1);
    if (is_jsregexp(pattern)) {
        if (!js_is_undefined(flags))
            return js_throw_type_error("Cannot supply flags when constructing one RegExp from another");
        flags = rx_of(pattern)->flags;
        pattern = rx_of(pattern)->source;
    }
    return regexp_initialize(this_val, pattern, flags);
}

/* ---- the Symbol protocol --------------------------------------------------------------- */

static int64_t advance_index(JSString *s, int64_t i, bool unicode)
{
    if (!unicode || i + 1 >= (int64_t)s->length)
        return i + 1;
    uint16_t c = js_flat_char_at(s, (uint32_t)i);
    if (c >= 0xD800 && c <= 0xDBFF) {
        uint16_t d = js_flat_char_at(s, (uint32_t)i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF)
            return i + 2;
    }
    return i + 1;
}

static JSValue get_flags_string(JSValue rx)
{
    JSValue f = js_get_property(rx, js_atom_from_cstr("flags"));
    if (f == JS_EXCEPTION)
        return JS_EXCEPTION;
    return js_to_string(f);
}

static bool str_has(JSValue s, uint16_t c)
{
    JSString *f = flat(s);
    for (uint32_t i = 0; i < f->length; i++)
        if (js_flat_char_at(f, i) == c)
            return true;
    return false;
}

/* After an empty match: lastIndex = AdvanceStringIndex(S, lastIndex). */
static int bump_last_index(JSValue rx, JSValue s, bool unicode)
{
    JSValue li = js_get_property(rx, atom_last_index);
    if (li == JS_EXCEPTION)
        return -1;
    int64_t t;
    if (js_to_length(li, &t) < 0)
        return -1;
    int64_t n = advance_index(flat(s), t, unicode);
    return set_last_index(rx, js_mk_number((double)n)) == JS_EXCEPTION ? -1 : 0;
}

static JSValue match_string(JSValue res)
{
    JSValue m = js_get_index(res, 0);
    if (m == JS_EXCEPTION)
        return JS_EXCEPTION;
    return js_to_string(m);
}

static JS_NATIVE(js_regexp_proto_match)
{
    if (this_object(this_val, "[Symbol.match]") == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue s = js_to_string(js_arg(argc, argv, 0));
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue fl = get_flags_string(this_val);
    if (fl == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!str_has(fl, 'g'))
        return regexp_exec(this_val, s);
    bool unicode = str_has(fl, 'u') || str_has(fl, 'v');
    if (set_last_index(this_val, js_mk_int32(0)) == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue a = js_new_array(0);
    uint32_t n = 0;
    for (;;) {
        JSValue res = regexp_exec(this_val, s);
        if (res == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (res == JS_NULL)
            return n ? a : JS_NULL;
        JSValue m = match_string(res);
        if (m == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (js_array_push(a, m) < 0)
            return JS_EXCEPTION;
        n++;
        if (js_string_length(m) == 0 && bump_last_index(this_val, s, unicode) < 0)
            return JS_EXCEPTION;
    }
}

static JS_NATIVE(js_regexp_proto_search)
{
    if (this_object(this_val, "[Symbol.search]") == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue s = js_to_string(js_arg(argc, argv, 0));
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue prev = js_get_property(this_val, atom_last_index);
    if (prev == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!js_same_value(prev, js_mk_int32(0)) &&
        set_last_index(this_val, js_mk_int32(0)) == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue res = regexp_exec(this_val, s);
    if (res == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue cur = js_get_property(this_val, atom_last_index);
    if (cur == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!js_same_value(cur, prev) && set_last_index(this_val, prev) == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (res == JS_NULL)
        return js_mk_int32(-1);
    return js_get_property(res, JS_ATOM(index));
}

/* SpeciesConstructor(O, %RegExp%). */
static JSValue species_ctor(JSValue o)
{
    JSValue dflt = js_get_property(js_realm.regexp_proto, JS_ATOM(constructor));
    JSValue c = js_get_property(o, JS_ATOM(constructor));
    if (c == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (js_is_undefined(c))
        return dflt;
    if (!js_is_object(c))
        return js_throw_type_error("object.constructor is not an object");
    JSValue sp = js_get_property(c, JS_SYM(species));
    if (sp == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (js_is_nullish(sp))
        return dflt;
    if (js_is_constructor(sp))
        return sp;
    return js_throw_type_error("object.constructor[Symbol.species] is not a constructor");
}

/* GetSubstitution(matched, str, position, captures, namedCaptures, replacement). */
static JSValue get_substitution(JSValue matched, JSValue str, uint32_t position,
                                const JSValue *caps, uint32_t m, JSValue named, JSValue rep)
{
    JSString *r = flat(rep), *s = flat(str);
    uint32_t mlen = js_string_length(matched);
    uint32_t tail = position + mlen;
    JSStringBuilder sb;
    js_sb_init(&sb);
    for (uint32_t i = 0; i < r->length; i++) {
        uint16_t c = js_flat_char_at(r, i);
        if (c != '$' || i + 1 >= r->length) {
            js_sb_putc(&sb, c);
            continue;
        }
        uint16_t d = js_flat_char_at(r, i + 1);
        if (d == '$') {
            js_sb_putc(&sb, '$');
            i++;
        } else if (d == '&') {
            js_sb_put_string(&sb, matched);
            i++;
        } else if (d == '`') {
            js_sb_put_string(&sb, js_string_substring(str, 0, position));
            i++;
        } else if (d == '\'') {
            if (tail < s->length)
                js_sb_put_string(&sb, js_string_substring(str, tail, s->length));
            i++;
        } else if (d >= '0' && d <= '9') {
            uint32_t k = d - '0', used = 1;
            if (i + 2 < r->length) {
                uint16_t e = js_flat_char_at(r, i + 2);
                if (e >= '0' && e <= '9' && k * 10 + (e - '0') >= 1 && k * 10 + (e - '0') <= m) {
                    k = k * 10 + (e - '0');
                    used = 2;
                }
            }
            if (k >= 1 && k <= m) {
                if (!js_is_undefined(caps[k - 1]))
                    js_sb_put_string(&sb, caps[k - 1]);
                i += used;
            } else {
                js_sb_putc(&sb, '$');
            }
        } else if (d == '<' && !js_is_undefined(named)) {
            uint32_t j = i + 2;
            while (j < r->length && js_flat_char_at(r, j) != '>')
                j++;
            if (j >= r->length) {
                js_sb_putc(&sb, '$');
                continue;
            }
            JSValue name = js_string_substring(rep, i + 2, j);
            JSValue v = js_get_property_value(named, name);
            if (v == JS_EXCEPTION)
                return JS_EXCEPTION;
            if (!js_is_undefined(v)) {
                JSValue vs = js_to_string(v);
                if (vs == JS_EXCEPTION)
                    return JS_EXCEPTION;
                js_sb_put_string(&sb, vs);
            }
            i = j;
        } else {
            js_sb_putc(&sb, '$');
        }
    }
    return js_sb_finish(&sb);
}

static JS_NATIVE(js_regexp_proto_replace)
{
    if (this_object(this_val, "[Symbol.replace]") == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue rx = this_val;
    JSValue s = js_to_string(js_arg(argc, argv, 0));
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue rep = js_arg(argc, argv, 1);
    bool functional = js_is_callable(rep);
    if (!functional && (rep = js_to_string(rep)) == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue fl = get_flags_string(rx);
    if (fl == JS_EXCEPTION)
        return JS_EXCEPTION;
    bool global = str_has(fl, 'g'), unicode = false;
    if (global) {
        unicode = str_has(fl, 'u') || str_has(fl, 'v');
        if (set_last_index(rx, js_mk_int32(0)) == JS_EXCEPTION)
            return JS_EXCEPTION;
    }
    JSValue results = js_new_array(0);
    for (;;) {
        JSValue res = regexp_exec(rx, s);
        if (res == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (res == JS_NULL)
            break;
        if (js_array_push(results, res) < 0)
            return JS_EXCEPTION;
        if (!global)
            break;
        JSValue m = match_string(res);
        if (m == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (js_string_length(m) == 0 && bump_last_index(rx, s, unicode) < 0)
            return JS_EXCEPTION;
    }
    uint32_t slen = js_string_length(s);
    JSStringBuilder acc;
    js_sb_init(&acc);
    uint32_t next = 0;
    int64_t nres;
    if (js_get_length(results, &nres) < 0)
        return JS_EXCEPTION;
    for (int64_t ri = 0; ri < nres; ri++) {
        JSValue res = js_get_index(results, (uint32_t)ri);
        int64_t rlen;
        if (js_get_length(res, &rlen) < 0)
            return JS_EXCEPTION;
        uint32_t ncap = rlen > 1 ? (uint32_t)(rlen - 1) : 0;
        JSValue matched = match_string(res);
        if (matched == JS_EXCEPTION)
            return JS_EXCEPTION;
        JSValue pv = js_get_property(res, JS_ATOM(index));
        if (pv == JS_EXCEPTION)
            return JS_EXCEPTION;
        double pd;
        if (js_to_integer_or_infinity(pv, &pd) < 0)
            return JS_EXCEPTION;
        uint32_t position = pd < 0 ? 0 : pd > slen ? slen : (uint32_t)pd;
        JSValue *caps = rt_alloc_cell((ncap + 4) * sizeof(JSValue));
        for (uint32_t k = 1; k <= ncap; k++) {
            JSValue cv = js_get_index(res, k);
            if (cv == JS_EXCEPTION)
                return JS_EXCEPTION;
            if (!js_is_undefined(cv) && (cv = js_to_string(cv)) == JS_EXCEPTION)
                return JS_EXCEPTION;
            caps[k - 1] = cv;
        }
        JSValue named = js_get_property(res, js_atom_from_cstr("groups"));
        if (named == JS_EXCEPTION)
            return JS_EXCEPTION;
        JSValue replacement;
        if (functional) {
            JSValue *args = rt_alloc_cell((ncap + 4) * sizeof(JSValue));
            uint32_t n = 0;
            args[n++] = matched;
            for (uint32_t k = 0; k < ncap; k++)
                args[n++] = caps[k];
            args[n++] = js_mk_int32((int32_t)position);
            args[n++] = s;
            if (!js_is_undefined(named))
                args[n++] = named;
            JSValue rv = js_call(rep, JS_UNDEFINED, (int32_t)n, args);
            if (rv == JS_EXCEPTION || (replacement = js_to_string(rv)) == JS_EXCEPTION)
                return JS_EXCEPTION;
        } else {
            if (!js_is_undefined(named) && (named = js_to_object(named)) == JS_EXCEPTION)
                return JS_EXCEPTION;
            replacement = get_substitution(matched, s, position, caps, ncap, named, rep);
            if (replacement == JS_EXCEPTION)
                return JS_EXCEPTION;
        }
        if (position >= next) {
            if (position > next)
                js_sb_put_string(&acc, js_string_substring(s, next, position));
            js_sb_put_string(&acc, replacement);
            next = position + js_string_length(matched);
        }
    }
    if (next < slen)
        js_sb_put_string(&acc, js_string_substring(s, next, slen));
    return js_sb_finish(&acc);
}

static JS_NATIVE(js_regexp_proto_split)
{
    if (this_object(this_val, "[Symbol.split]") == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue s = js_to_string(js_arg(argc, argv, 0));
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue c = species_ctor(this_val);
    if (c == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue fl = get_flags_string(this_val);
    if (fl == JS_EXCEPTION)
        return JS_EXCEPTION;
    bool unicode = str_has(fl, 'u') || str_has(fl, 'v');
    JSValue nfl = str_has(fl, 'y') ? fl : js_string_concat(fl, js_str_c("y"));
    JSValue cargs[2] = { this_val, nfl };
    JSValue splitter = js_construct(c, 2, cargs, c);
    if (splitter == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue a = js_new_array(0);
    uint32_t lim = 0xFFFFFFFFu;
    JSValue limit = js_arg(argc, argv, 1);
    if (!js_is_undefined(limit) && js_to_uint32(limit, &lim) < 0)
        return JS_EXCEPTION;
    if (lim == 0)
        return a;
    JSString *fs = flat(s);
    uint32_t size = fs->length, n = 0;
    if (size == 0) {
        JSValue z = regexp_exec(splitter, s);
        if (z == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (z != JS_NULL)
            return a;
        js_array_push(a, s);
        return a;
    }
    uint32_t p = 0, q = 0;
    while (q < size) {
        if (set_last_index(splitter, js_mk_int32((int32_t)q)) == JS_EXCEPTION)
            return JS_EXCEPTION;
        JSValue z = regexp_exec(splitter, s);
        if (z == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (z == JS_NULL) {
            q = (uint32_t)advance_index(fs, q, unicode);
            continue;
        }
        JSValue li = js_get_property(splitter, atom_last_index);
        int64_t e;
        if (li == JS_EXCEPTION || js_to_length(li, &e) < 0)
            return JS_EXCEPTION;
        if (e > size)
            e = size;
        if ((uint32_t)e == p) {
            q = (uint32_t)advance_index(fs, q, unicode);
            continue;
        }
        js_array_push(a, js_string_substring(s, p, q));
        if (++n == lim)
            return a;
        p = (uint32_t)e;
        int64_t nc;
        if (js_get_length(z, &nc) < 0)
            return JS_EXCEPTION;
        nc = nc > 1 ? nc - 1 : 0;
        for (int64_t i = 1; i <= nc; i++) {
            JSValue v = js_get_index(z, (uint32_t)i);
            if (v == JS_EXCEPTION)
                return JS_EXCEPTION;
            js_array_push(a, v);
            if (++n == lim)
                return a;
        }
        q = p;
    }
    js_array_push(a, js_string_substring(s, p, size));
    return a;
}

/* ---- matchAll and the RegExp String Iterator ------------------------------------------------ */

typedef struct JSRegExpStringIterator {
    JSObject o;
    JSValue rx, str;
    bool global, unicode, done;
} JSRegExpStringIterator;

static JS_NATIVE(js_regexp_proto_match_all)
{
    if (this_object(this_val, "[Symbol.matchAll]") == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue s = js_to_string(js_arg(argc, argv, 0));
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue c = species_ctor(this_val);
    if (c == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue fl = get_flags_string(this_val);
    if (fl == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue cargs[2] = { this_val, fl };
    JSValue matcher = js_construct(c, 2, cargs, c);
    if (matcher == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue li = js_get_property(this_val, atom_last_index);
    int64_t last;
    if (li == JS_EXCEPTION || js_to_length(li, &last) < 0)
        return JS_EXCEPTION;
    if (set_last_index(matcher, js_mk_number((double)last)) == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue it = js_new_object_kind(JS_CELL_REGEXP_STRING_ITERATOR,
                                    js_realm.regexp_string_iterator_proto,
                                    sizeof(JSRegExpStringIterator));
    JSRegExpStringIterator *ri = (JSRegExpStringIterator *)js_cell_ptr(it);
    ri->rx = matcher;
    ri->str = s;
    ri->global = str_has(fl, 'g');
    ri->unicode = str_has(fl, 'u') || str_has(fl, 'v');
    ri->done = false;
    return it;
}

static JS_NATIVE(js_regexp_string_iterator_next)
{
    if (!js_is_cell(this_val) || js_cell_kind(this_val) != JS_CELL_REGEXP_STRING_ITERATOR)
        return js_throw_type_error("next method called on incompatible receiver");
    JSRegExpStringIterator *ri = (JSRegExpStringIterator *)js_cell_ptr(this_val);
    if (ri->done)
        return js_create_iter_result(JS_UNDEFINED, true);
    JSValue m = regexp_exec(ri->rx, ri->str);
    if (m == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (m == JS_NULL) {
        ri->done = true;
        return js_create_iter_result(JS_UNDEFINED, true);
    }
    if (!ri->global) {
        ri->done = true;
        return js_create_iter_result(m, false);
    }
    JSValue ms = match_string(m);
    if (ms == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (js_string_length(ms) == 0 && bump_last_index(ri->rx, ri->str, ri->unicode) < 0)
        return JS_EXCEPTION;
    return js_create_iter_result(m, false);
}

/* ---- installation ------------------------------------------------------------------------- */

static const JSPropDef regexp_proto_props[] = {
    JS_CFUNC_DEF("exec", 1, js_regexp_proto_exec),
    JS_CFUNC_DEF("test", 1, js_regexp_proto_test),
    JS_CFUNC_DEF("toString", 0, js_regexp_proto_to_string),
    JS_CFUNC_DEF("compile", 2, js_regexp_proto_compile),
    JS_CFUNC_DEF("[Symbol.match]", 1, js_regexp_proto_match),
    JS_CFUNC_DEF("[Symbol.matchAll]", 1, js_regexp_proto_match_all),
    JS_CFUNC_DEF("[Symbol.replace]", 2, js_regexp_proto_replace),
    JS_CFUNC_DEF("[Symbol.search]", 1, js_regexp_proto_search),
    JS_CFUNC_DEF("[Symbol.split]", 2, js_regexp_proto_split),
    JS_CGETSET_DEF("dotAll", js_regexp_get_dot_all, NULL),
    JS_CGETSET_DEF("flags", js_regexp_get_flags, NULL),
    JS_CGETSET_DEF("global", js_regexp_get_global, NULL),
    JS_CGETSET_DEF("hasIndices", js_regexp_get_has_indices, NULL),
    JS_CGETSET_DEF("ignoreCase", js_regexp_get_ignore_case, NULL),
    JS_CGETSET_DEF("multiline", js_regexp_get_multiline, NULL),
    JS_CGETSET_DEF("source", js_regexp_get_source, NULL),
    JS_CGETSET_DEF("sticky", js_regexp_get_sticky, NULL),
    JS_CGETSET_DEF("unicode", js_regexp_get_unicode, NULL),
    JS_CGETSET_DEF("unicodeSets", js_regexp_get_unicode_sets, NULL),
};

static const JSPropDef regexp_ctor_props[] = {
    JS_CGETSET_DEF("[Symbol.species]", js_regexp_get_species, NULL),
};

static const JSPropDef regexp_iter_props[] = {
    JS_CFUNC_DEF("next", 0, js_regexp_string_iterator_next),
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "RegExp String Iterator", JS_PROP_CONFIGURABLE),
};

void js_init_regexp(JSValue global)
{
    atom_last_index = js_atom_from_cstr("lastIndex");
    JSValue proto = js_realm.regexp_proto;
    JSValue ctor = js_new_native_constructor("RegExp", js_regexp_ctor, 2, proto);
    js_install_props(ctor, regexp_ctor_props, JS_COUNTOF(regexp_ctor_props));
    js_install_props(proto, regexp_proto_props, JS_COUNTOF(regexp_proto_props));
    js_install_props(js_realm.regexp_string_iterator_proto, regexp_iter_props,
                     JS_COUNTOF(regexp_iter_props));
    js_define_global(global, "RegExp", ctor);
}

/* For util.inspect: "/source/flags" of a RegExp cell. */
JSValue js_regexp_to_display(JSValue rx)
{
    JSStringBuilder sb;
    js_sb_init(&sb);
    js_sb_putc(&sb, '/');
    js_sb_put_string(&sb, js_regexp_escape_source(rx_of(rx)->source));
    js_sb_putc(&sb, '/');
    char buf[9];
    int n = 0;
    for (int i = 0; i < 8; i++)
        if (rx_of(rx)->flag_bits & (1u << i))
            buf[n++] = RE_FLAG_CHARS[i];
    buf[n] = 0;
    js_sb_puts(&sb, buf);
    return js_sb_finish(&sb);
}
