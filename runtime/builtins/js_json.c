/*
 * js_json.c — the JSON object (§25.5): JSON.parse with a reviver and
 * JSON.stringify with replacer functions/arrays, indentation, toJSON and
 * wrapper unwrapping.
 *
 * Node is the oracle for the error messages, so both directions speak V8's
 * words: parse errors are SyntaxErrors such as
 *   Unexpected token '}', "{"a":}" is not valid JSON
 *   Expected ',' or ']' after array element in JSON at position 4
 * (with the same 10-character context window V8 uses for long inputs), and a
 * cycle in stringify is a TypeError whose message draws the circle:
 *   Converting circular structure to JSON
 *       --> starting at object with constructor 'Object'
 *       |     property 'x' -> object with constructor 'Object'
 *       --- property 'z' closes the circle
 * Positions count UTF-16 code units. Nesting deeper than JSON_MAX_DEPTH
 * throws RangeError "Maximum call stack size exceeded" instead of
 * overflowing the C stack.
 */
#include "builtins.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define JSON_MAX_DEPTH 4000

/* ======================================================================= */
/* JSON.parse                                                              */
/* ======================================================================= */

typedef struct Parser {
    JSValue source;     /* the text (a string value) */
    const JSString *s;  /* flat */
    uint32_t pos, len;
    int depth;
} Parser;

static inline int peek(Parser *p)
{
    return p->pos < p->len ? js_flat_char_at(p->s, p->pos) : -1;
}

static void skip_ws(Parser *p)
{
    while (p->pos < p->len) {
        uint16_t c = js_flat_char_at(p->s, p->pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        p->pos++;
    }
}

static JSValue syntax_error_at(Parser *p, const char *what)
{
    return js_throw_syntax_error("%s in JSON at position %u", what, p->pos);
}

static bool source_is(Parser *p, const char *lit)
{
    size_t n = strlen(lit);
    if (p->len != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (js_flat_char_at(p->s, (uint32_t)i) != (uint8_t)lit[i])
            return false;
    return true;
}

/* "Unexpected token 'x', ..." with V8's context rules, or end of input. */
static JSValue unexpected(Parser *p)
{
    if (p->pos >= p->len)
        return js_throw_syntax_error("Unexpected end of JSON input");
    if (source_is(p, "undefined") || source_is(p, "NaN") || source_is(p, "Infinity") ||
        source_is(p, "[object Object]"))
        return js_throw_syntax_error("\"%s\" is not valid JSON",
                                     js_string_to_utf8(p->source, NULL));
    enum { CTX = 10 };
    uint32_t pos = p->pos, len = p->len;
    JSValue tok = js_string_from_char_code(js_flat_char_at(p->s, pos));
    const char *tok8 = js_string_to_utf8(tok, NULL);
    if (len < 2 * CTX + 1)
        return js_throw_syntax_error("Unexpected token '%s', \"%s\" is not valid JSON", tok8,
                                     js_string_to_utf8(p->source, NULL));
    uint32_t start, end;
    const char *pre, *post;
    if (pos < CTX) {
        start = 0;
        end = pos + CTX;
        pre = "";
        post = "...";
    } else if (pos < len - CTX) {
        start = pos - CTX;
        end = pos + CTX;
        pre = "...";
        post = "...";
    } else {
        start = pos - CTX;
        end = len;
        pre = "...";
        post = "";
    }
    JSValue sub = js_string_substring(p->source, start, end);
    return js_throw_syntax_error("Unexpected token '%s', %s\"%s\"%s is not valid JSON", tok8, pre,
                                 js_string_to_utf8(sub, NULL), post);
}

static JSValue parse_value(Parser *p);

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* At the opening quote. */
static JSValue parse_string(Parser *p)
{
    p->pos++;
    uint32_t start = p->pos;
    /* Fast scan: no escapes. */
    while (p->pos < p->len) {
        uint16_t c = js_flat_char_at(p->s, p->pos);
        if (c == '"') {
            JSValue r = js_string_substring(p->source, start, p->pos);
            p->pos++;
            return r;
        }
        if (c == '\\')
            break;
        if (c < 0x20)
            return syntax_error_at(p, "Bad control character in string literal");
        p->pos++;
    }
    if (p->pos >= p->len)
        return syntax_error_at(p, "Unterminated string");
    JSStringBuilder sb;
    js_sb_init(&sb);
    for (uint32_t i = start; i < p->pos; i++)
        js_sb_putc(&sb, js_flat_char_at(p->s, i));
    for (;;) {
        if (p->pos >= p->len)
            return syntax_error_at(p, "Unterminated string");
        uint16_t c = js_flat_char_at(p->s, p->pos);
        if (c == '"') {
            p->pos++;
            return js_sb_finish(&sb);
        }
        if (c < 0x20)
            return syntax_error_at(p, "Bad control character in string literal");
        if (c != '\\') {
            js_sb_putc(&sb, c);
            p->pos++;
            continue;
        }
        p->pos++;
        if (p->pos >= p->len)
            return js_throw_syntax_error("Unexpected end of JSON input");
        uint16_t e = js_flat_char_at(p->s, p->pos);
        switch (e) {
        case '"': js_sb_putc(&sb, '"'); break;
        case '\\': js_sb_putc(&sb, '\\'); break;
        case '/': js_sb_putc(&sb, '/'); break;
        case 'b': js_sb_putc(&sb, '\b'); break;
        case 'f': js_sb_putc(&sb, '\f'); break;
        case 'n': js_sb_putc(&sb, '\n'); break;
        case 'r': js_sb_putc(&sb, '\r'); break;
        case 't': js_sb_putc(&sb, '\t'); break;
        case 'u': {
            uint32_t v = 0;
            for (int k = 0; k < 4; k++) {
                p->pos++;
                int h = hexval(peek(p));
                if (h < 0)
                    return syntax_error_at(p, "Bad Unicode escape");
                v = v * 16 + (uint32_t)h;
            }
            js_sb_putc(&sb, (uint16_t)v);
            break;
        }
        default:
            return syntax_error_at(p, "Bad escaped character");
        }
        p->pos++;
    }
}

static bool is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static JSValue parse_number(Parser *p)
{
    uint32_t start = p->pos;
    bool is_int = true;
    if (peek(p) == '-') {
        p->pos++;
        if (!is_digit(peek(p)))
            return syntax_error_at(p, "No number after minus sign");
    }
    if (peek(p) == '0') {
        p->pos++;
        if (is_digit(peek(p)))
            return syntax_error_at(p, "Unexpected number");
    } else {
        while (is_digit(peek(p)))
            p->pos++;
    }
    if (peek(p) == '.') {
        is_int = false;
        p->pos++;
        if (!is_digit(peek(p)))
            return syntax_error_at(p, "Unterminated fractional number");
        while (is_digit(peek(p)))
            p->pos++;
    }
    if (peek(p) == 'e' || peek(p) == 'E') {
        is_int = false;
        p->pos++;
        if (peek(p) == '+' || peek(p) == '-')
            p->pos++;
        if (!is_digit(peek(p)))
            return syntax_error_at(p, "Exponent part is missing a number");
        while (is_digit(peek(p)))
            p->pos++;
    }
    uint32_t n = p->pos - start;
    if (is_int && n <= 9) {
        int32_t v = 0;
        bool neg = js_flat_char_at(p->s, start) == '-';
        for (uint32_t i = start + (neg ? 1 : 0); i < p->pos; i++)
            v = v * 10 + (js_flat_char_at(p->s, i) - '0');
        if (neg && v == 0)
            return js_mk_double(-0.0);
        return js_mk_int32(neg ? -v : v);
    }
    char small[64];
    char *buf = n < sizeof small ? small : rt_alloc_atomic(n + 1);
    for (uint32_t i = 0; i < n; i++)
        buf[i] = (char)js_flat_char_at(p->s, start + i);
    buf[n] = '\0';
    return js_mk_number(strtod(buf, NULL));
}

static JSValue parse_literal(Parser *p, const char *lit, JSValue v)
{
    for (size_t i = 0; lit[i]; i++) {
        if (peek(p) != (uint8_t)lit[i])
            return unexpected(p);
        p->pos++;
    }
    return v;
}

static JSValue parse_object(Parser *p)
{
    p->pos++; /* { */
    JSValue obj = js_new_object();
    skip_ws(p);
    if (peek(p) == '}') {
        p->pos++;
        return obj;
    }
    bool first = true;
    for (;;) {
        if (peek(p) != '"')
            return syntax_error_at(p, first ? "Expected property name or '}'"
                                            : "Expected double-quoted property name");
        first = false;
        JSValue key = parse_string(p);
        if (key == JS_EXCEPTION)
            return JS_EXCEPTION;
        skip_ws(p);
        if (peek(p) != ':')
            return syntax_error_at(p, "Expected ':' after property name");
        p->pos++;
        JSValue v = parse_value(p);
        if (v == JS_EXCEPTION)
            return JS_EXCEPTION;
        JSAtom atom = js_atom_from_string(key);
        if (js_define_property_value(obj, atom, v, JS_PROP_C_W_E) < 0)
            return JS_EXCEPTION;
        skip_ws(p);
        int c = peek(p);
        if (c == ',') {
            p->pos++;
            skip_ws(p);
            continue;
        }
        if (c == '}') {
            p->pos++;
            return obj;
        }
        return syntax_error_at(p, "Expected ',' or '}' after property value");
    }
}

static JSValue parse_array(Parser *p)
{
    p->pos++; /* [ */
    JSValue arr = js_new_array(0);
    skip_ws(p);
    if (peek(p) == ']') {
        p->pos++;
        return arr;
    }
    for (;;) {
        JSValue v = parse_value(p);
        if (v == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (js_array_push(arr, v) < 0)
            return JS_EXCEPTION;
        skip_ws(p);
        int c = peek(p);
        if (c == ',') {
            p->pos++;
            continue;
        }
        if (c == ']') {
            p->pos++;
            return arr;
        }
        return syntax_error_at(p, "Expected ',' or ']' after array element");
    }
}

static JSValue parse_value(Parser *p)
{
    skip_ws(p);
    int c = peek(p);
    switch (c) {
    case '"':
        return parse_string(p);
    case '{':
    case '[': {
        if (++p->depth > JSON_MAX_DEPTH)
            return js_throw_range_error("Maximum call stack size exceeded");
        JSValue v = c == '{' ? parse_object(p) : parse_array(p);
        p->depth--;
        return v;
    }
    case 't':
        return parse_literal(p, "true", JS_TRUE);
    case 'f':
        return parse_literal(p, "false", JS_FALSE);
    case 'n':
        return parse_literal(p, "null", JS_NULL);
    default:
        if (c == '-' || is_digit(c))
            return parse_number(p);
        return unexpected(p);
    }
}

JSValue js_json_parse_string(JSValue text)
{
    Parser p = { text, js_string_flatten(js_str(text)), 0, 0, 0 };
    p.len = p.s->length;
    JSValue v = parse_value(&p);
    if (v == JS_EXCEPTION)
        return JS_EXCEPTION;
    skip_ws(&p);
    if (p.pos < p.len)
        return js_throw_syntax_error("Unexpected non-whitespace character after JSON at position %u",
                                     p.pos);
    return v;
}

/* InternalizeJSONProperty(holder, name, reviver) */
static JSValue internalize(JSValue holder, JSAtom name, JSValue reviver, int depth)
{
    if (depth > JSON_MAX_DEPTH)
        return js_throw_range_error("Maximum call stack size exceeded");
    JSValue val = js_get_property(holder, name);
    if (val == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (js_is_object(val)) {
        int is_arr = js_is_array_value(val);
        if (is_arr < 0)
            return JS_EXCEPTION;
        uint32_t count;
        JSAtom *keys;
        if (is_arr) {
            int64_t len;
            if (js_get_length(val, &len) < 0)
                return JS_EXCEPTION;
            count = (uint32_t)len;
            keys = rt_alloc_cell(sizeof(JSAtom) * ((size_t)count + 1));
            for (uint32_t i = 0; i < count; i++)
                keys[i] = js_atom_from_uint32(i);
        } else {
            keys = js_own_property_keys(val, JS_GPN_STRINGS | JS_GPN_ENUM_ONLY, &count);
            if (!keys)
                return JS_EXCEPTION;
        }
        for (uint32_t i = 0; i < count; i++) {
            JSValue nv = internalize(val, keys[i], reviver, depth + 1);
            if (nv == JS_EXCEPTION)
                return JS_EXCEPTION;
            int r = js_is_undefined(nv) ? js_delete_property(val, keys[i], false)
                                        : js_define_property_value(val, keys[i], nv, JS_PROP_C_W_E);
            if (r < 0)
                return JS_EXCEPTION;
        }
    }
    JSValue args[2] = { js_atom_to_value(name), val };
    return js_call(reviver, holder, 2, args);
}

static JS_NATIVE(js_json_parse)
{
    JSValue text = js_to_string(js_arg(argc, argv, 0));
    if (text == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue v = js_json_parse_string(text);
    if (v == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue reviver = js_arg(argc, argv, 1);
    if (!js_is_callable(reviver))
        return v;
    JSValue root = js_new_object();
    js_define_property_value(root, JS_ATOM(empty), v, JS_PROP_C_W_E);
    return internalize(root, JS_ATOM(empty), reviver, 0);
}

/* ======================================================================= */
/* JSON.stringify                                                          */
/* ======================================================================= */

typedef struct StackEntry {
    JSValue key;        /* the key this object was reached by (string or int32) */
    JSValue obj;
} StackEntry;

typedef struct Stringifier {
    JSStringBuilder sb;
    JSValue replacer;   /* function or JS_UNDEFINED */
    JSAtom *plist;      /* property list from an array replacer, or NULL */
    uint32_t plist_len;
    JSValue gap;        /* string ("" when none) */
    uint32_t gap_len;
    JSValue indent;     /* current indentation string */
    StackEntry *stack;  /* GC memory */
    uint32_t depth, cap;
} Stringifier;

void js_json_quote(JSStringBuilder *sb, JSValue str)
{
    static const char hex[] = "0123456789abcdef";
    JSString *s = js_string_flatten(js_str(str));
    uint32_t n = s->length;
    js_sb_putc(sb, '"');
    for (uint32_t i = 0; i < n; i++) {
        if (!js_string_is_two_byte(s)) {
            /* copy the run of characters that need no escape in one go */
            uint32_t j = i;
            while (j < n && s->u.latin1[j] >= 0x20 && s->u.latin1[j] != '"' && s->u.latin1[j] != '\\')
                j++;
            if (j > i) {
                js_sb_put_latin1(sb, s->u.latin1 + i, j - i);
                i = j;
                if (i == n)
                    break;
            }
        }
        uint16_t c = js_flat_char_at(s, i);
        switch (c) {
        case '"': js_sb_puts(sb, "\\\""); continue;
        case '\\': js_sb_puts(sb, "\\\\"); continue;
        case '\b': js_sb_puts(sb, "\\b"); continue;
        case '\f': js_sb_puts(sb, "\\f"); continue;
        case '\n': js_sb_puts(sb, "\\n"); continue;
        case '\r': js_sb_puts(sb, "\\r"); continue;
        case '\t': js_sb_puts(sb, "\\t"); continue;
        default: break;
        }
        bool escape = c < 0x20;
        if (c >= 0xD800 && c <= 0xDFFF) {
            if (c <= 0xDBFF && i + 1 < n) {
                uint16_t d = js_flat_char_at(s, i + 1);
                if (d >= 0xDC00 && d <= 0xDFFF) {
                    js_sb_putc(sb, c);
                    js_sb_putc(sb, d);
                    i++;
                    continue;
                }
            }
            escape = true; /* a lone surrogate */
        }
        if (escape) {
            js_sb_puts(sb, "\\u");
            js_sb_putc(sb, (uint16_t)hex[(c >> 12) & 15]);
            js_sb_putc(sb, (uint16_t)hex[(c >> 8) & 15]);
            js_sb_putc(sb, (uint16_t)hex[(c >> 4) & 15]);
            js_sb_putc(sb, (uint16_t)hex[c & 15]);
        } else {
            js_sb_putc(sb, c);
        }
    }
    js_sb_putc(sb, '"');
}

/* The constructor name V8 prints in the circular-structure message. */
static void put_ctor_name(JSStringBuilder *sb, JSValue obj)
{
    JSValue name = JS_EMPTY;
    JSValue ctor = js_get_property(obj, JS_ATOM(constructor));
    if (ctor == JS_EXCEPTION) {
        rt_take_exception();
    } else if (js_is_function(ctor)) {
        name = js_function_name(ctor);
    }
    js_sb_putc(sb, '\'');
    if (name != JS_EMPTY && js_is_string(name) && js_string_length(name) > 0)
        js_sb_put_string(sb, name);
    else
        js_sb_puts(sb, "Object");
    js_sb_putc(sb, '\'');
}

static void put_key(JSStringBuilder *sb, JSValue key)
{
    if (js_is_int32(key)) {
        char buf[16];
        snprintf(buf, sizeof buf, "index %d", js_get_int32(key));
        js_sb_puts(sb, buf);
    } else if (js_string_length(key) == 0) {
        js_sb_puts(sb, "<anonymous>");
    } else {
        js_sb_puts(sb, "property '");
        js_sb_put_string(sb, key);
        js_sb_putc(sb, '\'');
    }
}

static JSValue circular_error(Stringifier *st, uint32_t start, JSValue last_key)
{
    JSStringBuilder sb;
    js_sb_init(&sb);
    js_sb_puts(&sb, "Converting circular structure to JSON\n    --> starting at object with constructor ");
    uint32_t index = start;
    put_ctor_name(&sb, st->stack[index++].obj);
    uint32_t size = st->depth;
    uint32_t prefix_end = index + 2 < size ? index + 2 : size;
    for (; index < prefix_end; index++) {
        js_sb_puts(&sb, "\n    |     ");
        put_key(&sb, st->stack[index].key);
        js_sb_puts(&sb, " -> object with constructor ");
        put_ctor_name(&sb, st->stack[index].obj);
    }
    if (size > index + 1)
        js_sb_puts(&sb, "\n    |     ...");
    if (index < size - 1)
        index = size - 1;
    for (; index < size; index++) {
        js_sb_puts(&sb, "\n    |     ");
        put_key(&sb, st->stack[index].key);
        js_sb_puts(&sb, " -> object with constructor ");
        put_ctor_name(&sb, st->stack[index].obj);
    }
    js_sb_puts(&sb, "\n    --- ");
    put_key(&sb, last_key);
    js_sb_puts(&sb, " closes the circle");
    JSValue msg = js_sb_finish(&sb);
    return js_throw(js_new_error(JS_TYPE_ERROR, msg));
}

static int push_stack(Stringifier *st, JSValue key, JSValue obj)
{
    for (uint32_t i = 0; i < st->depth; i++)
        if (st->stack[i].obj == obj) {
            circular_error(st, i, key);
            return -1;
        }
    if (st->depth >= JSON_MAX_DEPTH) {
        js_throw_range_error("Maximum call stack size exceeded");
        return -1;
    }
    if (st->depth == st->cap) {
        uint32_t ncap = st->cap ? st->cap * 2 : 16;
        StackEntry *n = rt_alloc_cell(sizeof(StackEntry) * ncap);
        if (st->depth)
            memcpy(n, st->stack, sizeof(StackEntry) * st->depth);
        st->stack = n;
        st->cap = ncap;
    }
    st->stack[st->depth].key = key;
    st->stack[st->depth].obj = obj;
    st->depth++;
    return 0;
}

/* Steps 1–4 of SerializeJSONProperty: toJSON, the replacer function and
 * wrapper unwrapping. Returns the value to serialize, JS_EMPTY when the
 * property is skipped (undefined, functions, symbols), or JS_EXCEPTION.
 * key is the property key as a string value. */
static JSValue prepare_key(Stringifier *st, JSValue holder, JSValue key, uint32_t index,
                           JSValue value)
{
    if (js_is_object(value) || (js_is_cell(value) && js_cell_kind(value) == JS_CELL_BIGINT)) {
        JSValue to_json = js_get_property(value, JS_ATOM(toJSON));
        if (to_json == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (js_is_callable(to_json)) {
            if (key == JS_EMPTY)
                key = js_atom_from_uint32(index);
            value = js_call(to_json, value, 1, &key);
            if (value == JS_EXCEPTION)
                return JS_EXCEPTION;
        }
    }
    if (!js_is_undefined(st->replacer)) {
        if (key == JS_EMPTY)
            key = js_atom_from_uint32(index);
        JSValue args[2] = { key, value };
        value = js_call(st->replacer, holder, 2, args);
        if (value == JS_EXCEPTION)
            return JS_EXCEPTION;
    }
    if (js_is_object(value)) {
        switch (js_cell_kind(value)) {
        case JS_CELL_NUMBER_OBJECT: {
            double d;
            if (js_to_number(value, &d) < 0)
                return JS_EXCEPTION;
            value = js_mk_number(d);
            break;
        }
        case JS_CELL_STRING_OBJECT:
            value = js_to_string(value);
            break;
        case JS_CELL_BOOLEAN_OBJECT:
        case JS_CELL_BIGINT_OBJECT:
            value = ((JSPrimitiveObject *)js_cell_ptr(value))->value;
            break;
        default:
            break;
        }
    }
    if (js_is_undefined(value) || js_is_symbol(value) || js_is_callable(value))
        return JS_EMPTY;
    return value;
}

static int serialize(Stringifier *st, JSValue key, JSValue value);

static JSValue prepare(Stringifier *st, JSValue holder, JSValue key, JSValue value)
{
    return prepare_key(st, holder, key, 0, value);
}

/* prepare() for array element `index`, whose key string is made only if
 * toJSON or the replacer can see it. */
static JSValue prepare_index(Stringifier *st, JSValue holder, uint32_t index, JSValue value)
{
    return prepare_key(st, holder, JS_EMPTY, index, value);
}

static void newline_indent(Stringifier *st)
{
    js_sb_putc(&st->sb, '\n');
    js_sb_put_string(&st->sb, st->indent);
}

static int serialize_object(Stringifier *st, JSValue key, JSValue obj)
{
    if (push_stack(st, key, obj) < 0)
        return -1;
    JSValue stepback = st->indent;
    if (st->gap_len)
        st->indent = js_string_concat(st->indent, st->gap);
    JSAtom *keys;
    uint32_t count;
    if (st->plist) {
        keys = st->plist;
        count = st->plist_len;
    } else {
        keys = js_own_property_keys(obj, JS_GPN_STRINGS | JS_GPN_ENUM_ONLY, &count);
        if (!keys)
            return -1;
    }
    js_sb_putc(&st->sb, '{');
    bool any = false;
    for (uint32_t i = 0; i < count; i++) {
        JSValue v = js_get_property(obj, keys[i]);
        if (v == JS_EXCEPTION)
            return -1;
        JSValue kv = js_atom_to_value(keys[i]);
        v = prepare(st, obj, kv, v);
        if (v == JS_EXCEPTION)
            return -1;
        if (v == JS_EMPTY)
            continue;
        if (any)
            js_sb_putc(&st->sb, ',');
        any = true;
        if (st->gap_len)
            newline_indent(st);
        js_json_quote(&st->sb, kv);
        js_sb_putc(&st->sb, ':');
        if (st->gap_len)
            js_sb_putc(&st->sb, ' ');
        if (serialize(st, kv, v) < 0)
            return -1;
    }
    st->indent = stepback;
    if (any && st->gap_len)
        newline_indent(st);
    js_sb_putc(&st->sb, '}');
    st->depth--;
    return 0;
}

static int serialize_array(Stringifier *st, JSValue key, JSValue arr)
{
    if (push_stack(st, key, arr) < 0)
        return -1;
    JSValue stepback = st->indent;
    if (st->gap_len)
        st->indent = js_string_concat(st->indent, st->gap);
    int64_t len;
    if (js_get_length(arr, &len) < 0)
        return -1;
    js_sb_putc(&st->sb, '[');
    for (int64_t i = 0; i < len; i++) {
        if (i > 0)
            js_sb_putc(&st->sb, ',');
        if (st->gap_len)
            newline_indent(st);
        JSValue v = js_get_index(arr, (uint32_t)i);
        if (v == JS_EXCEPTION)
            return -1;
        if (js_is_object(v) || js_is_bigint(v) || !js_is_undefined(st->replacer)) {
            v = prepare_index(st, arr, (uint32_t)i, v);
            if (v == JS_EXCEPTION)
                return -1;
        } else if (js_is_symbol(v) || js_is_undefined(v)) {
            v = JS_EMPTY;
        }
        if (v == JS_EMPTY) {
            js_sb_puts(&st->sb, "null");
            continue;
        }
        if (serialize(st, js_mk_int32((int32_t)i), v) < 0)
            return -1;
    }
    st->indent = stepback;
    if (len > 0 && st->gap_len)
        newline_indent(st);
    js_sb_putc(&st->sb, ']');
    st->depth--;
    return 0;
}

/* Step 5 on: writes an already prepared value. key names it in the
 * circular-structure message (a string or an int32 index). */
static int serialize(Stringifier *st, JSValue key, JSValue v)
{
    if (js_is_null(v)) {
        js_sb_puts(&st->sb, "null");
        return 0;
    }
    if (js_is_bool(v)) {
        js_sb_puts(&st->sb, v == JS_TRUE ? "true" : "false");
        return 0;
    }
    if (js_is_string(v)) {
        js_json_quote(&st->sb, v);
        return 0;
    }
    if (js_is_int32(v)) {
        char buf[16];
        snprintf(buf, sizeof buf, "%d", js_get_int32(v));
        js_sb_puts(&st->sb, buf);
        return 0;
    }
    if (js_is_number(v)) {
        double d = js_get_double(v);
        if (!isfinite(d)) {
            js_sb_puts(&st->sb, "null");
        } else {
            char buf[40];
            js_dtoa(d, buf);
            js_sb_puts(&st->sb, buf);
        }
        return 0;
    }
    if (js_is_cell(v) && js_cell_kind(v) == JS_CELL_BIGINT) {
        js_throw_type_error("Do not know how to serialize a BigInt");
        return -1;
    }
    int is_arr = js_is_array_value(v);
    if (is_arr < 0)
        return -1;
    return is_arr ? serialize_array(st, key, v) : serialize_object(st, key, v);
}

JSValue js_json_stringify(JSValue value, JSValue replacer, JSValue space)
{
    Stringifier st;
    memset(&st, 0, sizeof st);
    st.replacer = JS_UNDEFINED;
    st.gap = JS_ATOM(empty);
    st.indent = JS_ATOM(empty);
    if (js_is_callable(replacer)) {
        st.replacer = replacer;
    } else if (js_is_object(replacer)) {
        int is_arr = js_is_array_value(replacer);
        if (is_arr < 0)
            return JS_EXCEPTION;
        if (is_arr) {
            int64_t len;
            if (js_get_length(replacer, &len) < 0)
                return JS_EXCEPTION;
            st.plist = rt_alloc_cell(sizeof(JSAtom) * ((size_t)len + 1));
            for (int64_t i = 0; i < len; i++) {
                JSValue v = js_get_index(replacer, (uint32_t)i);
                if (v == JS_EXCEPTION)
                    return JS_EXCEPTION;
                JSValue item = JS_EMPTY;
                if (js_is_string(v)) {
                    item = v;
                } else if (js_is_number(v) ||
                           (js_is_object(v) && (js_cell_kind(v) == JS_CELL_NUMBER_OBJECT ||
                                                js_cell_kind(v) == JS_CELL_STRING_OBJECT))) {
                    item = js_to_string(v);
                    if (item == JS_EXCEPTION)
                        return JS_EXCEPTION;
                }
                if (item == JS_EMPTY)
                    continue;
                JSAtom a = js_atom_from_string(item);
                bool dup = false;
                for (uint32_t k = 0; k < st.plist_len; k++)
                    if (st.plist[k] == a)
                        dup = true;
                if (!dup)
                    st.plist[st.plist_len++] = a;
            }
        }
    }
    if (js_is_object(space)) {
        if (js_cell_kind(space) == JS_CELL_NUMBER_OBJECT) {
            double d;
            if (js_to_number(space, &d) < 0)
                return JS_EXCEPTION;
            space = js_mk_number(d);
        } else if (js_cell_kind(space) == JS_CELL_STRING_OBJECT) {
            space = js_to_string(space);
            if (space == JS_EXCEPTION)
                return JS_EXCEPTION;
        }
    }
    if (js_is_number(space)) {
        double d;
        if (js_to_integer_or_infinity(space, &d) < 0)
            return JS_EXCEPTION;
        int n = d > 10 ? 10 : (d < 1 ? 0 : (int)d);
        st.gap = js_new_string_latin1((const uint8_t *)"          ", (size_t)n);
    } else if (js_is_string(space)) {
        uint32_t n = js_string_length(space);
        st.gap = n <= 10 ? space : js_string_substring(space, 0, 10);
    }
    st.gap_len = js_string_length(st.gap);
    js_sb_init(&st.sb);

    JSValue wrapper = js_new_object();
    js_define_property_value(wrapper, JS_ATOM(empty), value, JS_PROP_C_W_E);
    JSValue v = prepare(&st, wrapper, JS_ATOM(empty), value);
    if (v == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (v == JS_EMPTY)
        return JS_UNDEFINED;
    if (serialize(&st, JS_ATOM(empty), v) < 0)
        return JS_EXCEPTION;
    return js_sb_finish(&st.sb);
}

static JS_NATIVE(js_json_stringify_fn)
{
    return js_json_stringify(js_arg(argc, argv, 0), js_arg(argc, argv, 1), js_arg(argc, argv, 2));
}

static const JSPropDef json_props[] = {
    JS_CFUNC_DEF("parse", 2, js_json_parse),
    JS_CFUNC_DEF("stringify", 3, js_json_stringify_fn),
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "JSON", JS_PROP_CONFIGURABLE),
};

void js_init_json(JSValue global)
{
    JSValue json = js_new_object();
    js_install_props(json, json_props, JS_COUNTOF(json_props));
    js_define_global(global, "JSON", json);
}
