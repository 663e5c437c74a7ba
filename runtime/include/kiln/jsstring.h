/*
 * jsstring.h — JavaScript strings, atoms and symbols as the runtime and the
 * builtins see them.
 *
 * A string is a sequence of UTF-16 code units, always. Storage comes in three
 * forms, all of kind JS_CELL_STRING:
 *   - flat one-byte: every code unit < 256, stored as Latin-1 bytes;
 *   - flat two-byte: UTF-16 code units;
 *   - rope: the concatenation of `left` and `right`, built by js_string_concat
 *     and flattened in place (iteratively, so deep ropes are fine) the first
 *     time someone needs the characters. `s += x` in a loop is therefore linear.
 * Flat characters are followed by a zero code unit, so one-byte data is also
 * a NUL-terminated C string when it holds no NUL.
 * Atoms are flat strings interned in one table (flag JS_STR_ATOM): two atoms
 * are the same key iff they are the same pointer. Property keys are atoms or
 * symbols (type JSAtom). The hash is cached in the header.
 */
#ifndef KILN_JSSTRING_H
#define KILN_JSSTRING_H

#include <stdbool.h>
#include "kiln/value.h"

/* JSCellHeader.flags of a string */
#define JS_STR_TWO_BYTE     0x01  /* flat two-byte (else one-byte) */
#define JS_STR_ROPE         0x02  /* left/right valid, chars not yet built */
#define JS_STR_ATOM         0x04  /* interned */
#define JS_STR_INDEX        0x08  /* canonical array index; value in `index` */
#define JS_STR_INDEX_CHECKED 0x10 /* JS_STR_INDEX is meaningful */
#define JS_STR_NUMERIC_CHECKED 0x20 /* runtime private */

struct JSString {
    JSCellHeader h;            /* kind JS_CELL_STRING; hash cached */
    uint32_t length;           /* +16 in UTF-16 code units */
    uint32_t index;            /* +20 array index when JS_STR_INDEX */
    union {
        const uint8_t *latin1; /* +24 flat one-byte */
        const uint16_t *utf16; /* +24 flat two-byte */
        JSString *left;        /* +24 rope */
    } u;
    JSString *right;           /* +32 rope only */
};

/* A property key: an atom (interned JSString) or a symbol, as a JSValue. */
typedef JSValue JSAtom;

typedef struct JSSymbol {
    JSCellHeader h;            /* kind JS_CELL_SYMBOL; hash: a random-ish id */
    JSValue description;       /* string or JS_UNDEFINED */
    JSValue registry_key;      /* Symbol.for key or JS_UNDEFINED */
} JSSymbol;

/* A private name (#x) of one class evaluation: a symbol flagged
 * JS_SYM_PRIVATE, used as a property key that no key enumeration, integrity
 * level or proxy sees (see class.c and docs/internals.md). */
#define JS_SYM_PRIVATE 0x01
enum { JS_PRIV_FIELD, JS_PRIV_METHOD, JS_PRIV_ACCESSOR };
typedef struct JSPrivateName {
    JSSymbol sym;              /* description "#x" */
    JSValue method;            /* method, or the getter (JS_UNDEFINED) */
    JSValue setter;            /* accessor: the setter or JS_UNDEFINED */
    JSValue class_name;        /* for "Receiver must be an instance of class X" */
    uint32_t kind;             /* JS_PRIV_* */
    uint32_t is_static;
} JSPrivateName;

static inline bool js_is_private_name(JSValue v)
{
    return js_is_symbol(v) && (((JSSymbol *)js_cell_ptr(v))->h.flags & JS_SYM_PRIVATE);
}

/* ---- predefined atoms and symbols (atoms.def) ---------------------------- */
enum {
#define JS_ATOM_DEF(n, s) JS_ATOM_ID_##n,
#include "kiln/atoms.def"
    JS_ATOM_ID_COUNT
};
enum {
#define JS_SYMBOL_DEF(n, s) JS_SYMBOL_ID_##n,
#include "kiln/atoms.def"
    JS_SYMBOL_ID_COUNT
};
extern JSAtom js_atom_table[JS_ATOM_ID_COUNT];
extern JSValue js_symbol_table[JS_SYMBOL_ID_COUNT];
#define JS_ATOM(n) (js_atom_table[JS_ATOM_ID_##n])
#define JS_SYM(n) (js_symbol_table[JS_SYMBOL_ID_##n])

/* ---- creating strings (never fail; memory exhaustion aborts in GC) ------- */
/* Invalid UTF-8 decodes to U+FFFD per maximal subpart. */
JSValue js_new_string_from_utf8(const char *s, size_t len);
JSValue js_new_string_cstr(const char *s);           /* UTF-8, NUL-terminated */
JSValue js_new_string_latin1(const uint8_t *s, size_t len);
/* Narrows to one-byte storage when every unit is < 256. */
JSValue js_new_string_utf16(const uint16_t *s, size_t len);
/* A fresh flat string with uninitialised characters for the caller to fill
 * (one-byte: js_string_latin1_mut, two-byte: js_string_utf16_mut). */
JSString *js_string_alloc(uint32_t len, bool two_byte);
static inline uint8_t *js_string_latin1_mut(JSString *s) { return (uint8_t *)s->u.latin1; }
static inline uint16_t *js_string_utf16_mut(JSString *s) { return (uint16_t *)s->u.utf16; }
/* Single code unit strings (cached for c < 256). */
JSValue js_string_from_char_code(uint16_t c);
JSValue js_string_concat(JSValue a, JSValue b);      /* both strings */
/* Code units [start, end) of a string; 0 <= start <= end <= length. */
JSValue js_string_substring(JSValue s, uint32_t start, uint32_t end);

/* ---- reading strings ----------------------------------------------------- */
static inline uint32_t js_string_length(JSValue s) { return js_str(s)->length; }
/* Resolves a rope in place; returns the same string, now flat. */
JSString *js_string_flatten(JSString *s);
static inline bool js_string_is_two_byte(const JSString *flat) { return flat->h.flags & JS_STR_TWO_BYTE; }
static inline uint16_t js_flat_char_at(const JSString *flat, uint32_t i)
{
    return (flat->h.flags & JS_STR_TWO_BYTE) ? flat->u.utf16[i] : flat->u.latin1[i];
}
/* Code unit i (< length); flattens ropes first. */
uint16_t js_string_char_at(JSValue s, uint32_t i);
/* Code point at i (surrogate pairs combined); *units gets 1 or 2. */
uint32_t js_string_code_point_at(JSValue s, uint32_t i, uint32_t *units);
/* UTF-8 copy, NUL-terminated, in GC atomic memory; lone surrogates become
 * U+FFFD. *len (may be NULL) receives the byte count without the NUL. */
char *js_string_to_utf8(JSValue s, size_t *len);
/* Appends the UTF-8 form to a caller buffer of `cap` bytes: returns bytes
 * needed (like snprintf). */
size_t js_string_to_utf8_buf(JSValue s, char *buf, size_t cap);
bool js_string_equals(JSValue a, JSValue b);
/* <0, 0, >0 by UTF-16 code units. */
int js_string_compare(JSValue a, JSValue b);
uint32_t js_string_hash(JSValue s);
/* Whether s equals the ASCII C string c. */
bool js_string_eq_ascii(JSValue s, const char *c);
/* If s is a canonical array index ("0", "17", not "017", < 2^32-1). */
bool js_string_is_index(JSValue s, uint32_t *index);

/* ---- string builder ------------------------------------------------------ */
typedef struct JSStringBuilder {
    uint8_t *buf8;         /* one-byte buffer until a unit >= 256 arrives */
    uint16_t *buf16;       /* then two-byte */
    uint32_t len, cap;
} JSStringBuilder;
void js_sb_init(JSStringBuilder *sb);
void js_sb_putc(JSStringBuilder *sb, uint16_t unit);
void js_sb_put_code_point(JSStringBuilder *sb, uint32_t cp);
void js_sb_puts(JSStringBuilder *sb, const char *utf8);          /* UTF-8 text */
void js_sb_put_utf8(JSStringBuilder *sb, const char *utf8, size_t n);
void js_sb_put_latin1(JSStringBuilder *sb, const uint8_t *s, size_t n);
void js_sb_put_utf16(JSStringBuilder *sb, const uint16_t *s, size_t n);
void js_sb_put_string(JSStringBuilder *sb, JSValue str);
JSValue js_sb_finish(JSStringBuilder *sb);   /* the builder is reset */

/* ---- atoms --------------------------------------------------------------- */
JSAtom js_atom_from_cstr(const char *utf8);
JSAtom js_atom_from_utf8(const char *utf8, size_t len);
/* Interns a string value (returns it if it already is an atom). */
JSAtom js_atom_from_string(JSValue str);
JSAtom js_atom_from_uint32(uint32_t i);
static inline bool js_is_atom(JSValue v)
{
    return js_is_symbol(v) || (js_is_string(v) && (js_str(v)->h.flags & JS_STR_ATOM));
}
/* If the key is an atom string holding a canonical array index. */
bool js_atom_is_index(JSAtom a, uint32_t *index);

/* ---- symbols ------------------------------------------------------------- */
JSValue js_new_symbol(JSValue description);  /* description: string or undefined */
/* The "Symbol(desc)" text. */
JSValue js_symbol_descriptive_string(JSValue sym);

#endif /* KILN_JSSTRING_H */
