/*
 * atom.c — interned strings (atoms) and symbols.
 *
 * Every property key is an atom (an interned flat string, flag JS_STR_ATOM)
 * or a symbol, so key comparison is pointer comparison everywhere: in shapes,
 * inline caches and dictionaries. The table is open-addressed with linear
 * probing over cached string hashes, lives in collector-scanned memory and
 * is reachable from a static pointer: atoms are never freed.
 * Predefined atoms and the well-known symbols come from atoms.def.
 */
#include <string.h>
#include "kiln/runtime.h"
#include "kiln/shape.h"

JSAtom js_atom_table[JS_ATOM_ID_COUNT];
JSValue js_symbol_table[JS_SYMBOL_ID_COUNT];

static JSAtom js_atom_from_uint32_slow(uint32_t n);

static JSString **atoms;      /* open-addressed; NULL = empty */
static uint32_t atoms_mask, atoms_count;
static uint32_t symbol_counter = 0x9e3779b9u;

/* Table slot of a string hash: FNV's low bits cluster for short similar
 * keys ("1000", "1001", ...), so mix before masking. */
static inline uint32_t slot_of(uint32_t h, uint32_t mask)
{
    return (uint32_t)(((uint64_t)h * UINT64_C(0x9E3779B97F4A7C15)) >> 32) & mask;
}

static void atoms_grow(void)
{
    uint32_t ncap = atoms ? (atoms_mask + 1) * 2 : 1024;
    JSString **n = rt_alloc_cell(ncap * sizeof *n);
    if (atoms) {
        for (uint32_t i = 0; i <= atoms_mask; i++) {
            JSString *s = atoms[i];
            if (!s) continue;
            uint32_t h = slot_of(s->h.hash, ncap - 1);
            while (n[h]) h = (h + 1) & (ncap - 1);
            n[h] = s;
        }
    }
    atoms = n;
    atoms_mask = ncap - 1;
}

/* Interns a flat string: returns the existing atom with the same code
 * units, or marks s itself as the atom. */
static JSString *intern_flat(JSString *s)
{
    if (s->h.flags & JS_STR_ATOM) return s;
    if (!atoms || (atoms_count + 1) * 2 > atoms_mask + 1) atoms_grow();
    uint32_t h = js_string_hash(js_mk_cell(s));
    uint32_t i = slot_of(h, atoms_mask);
    for (;;) {
        JSString *a = atoms[i];
        if (!a) break;
        if (a->h.hash == h && a->length == s->length && js_string_equals(js_mk_cell(a), js_mk_cell(s)))
            return a;
        i = (i + 1) & atoms_mask;
    }
    s->h.flags |= JS_STR_ATOM;
    atoms[i] = s;
    atoms_count++;
    js_string_is_index(js_mk_cell(s), NULL);   /* caches JS_STR_INDEX */
    return s;
}

JSAtom js_atom_from_string(JSValue str)
{
    if (js_is_symbol(str)) return str;
    JSString *s = js_str(str);
    if (s->h.flags & JS_STR_ATOM) return str;
    s = js_string_flatten(s);
    return js_mk_cell(intern_flat(s));
}

/* Looks up an existing atom for Latin-1 bytes without allocating. */
static JSString *find_latin1(const uint8_t *p, size_t len, uint32_t h)
{
    if (!atoms) return NULL;
    uint32_t i = slot_of(h, atoms_mask);
    for (;;) {
        JSString *a = atoms[i];
        if (!a) return NULL;
        if (a->h.hash == h && a->length == len && !js_string_is_two_byte(a) &&
            memcmp(a->u.latin1, p, len) == 0)
            return a;
        i = (i + 1) & atoms_mask;
    }
}

JSAtom js_atom_from_utf8(const char *utf8, size_t len)
{
    const uint8_t *p = (const uint8_t *)utf8;
    size_t i;
    for (i = 0; i < len; i++) if (p[i] >= 0x80) break;
    if (i == len) {
        uint32_t h = 2166136261u;
        for (i = 0; i < len; i++) { h ^= p[i]; h *= 16777619u; }
        if (h == 0) h = 1;
        JSString *a = find_latin1(p, len, h);
        if (a) return js_mk_cell(a);
    }
    return js_atom_from_string(js_new_string_from_utf8(utf8, len));
}

JSValue rt_string_literal(const void *chars, int32_t len, int32_t two_byte)
{
    if (len < 0) len = 0;
    if (!two_byte) {
        const uint8_t *p = chars;
        uint32_t h = 2166136261u;
        for (int32_t i = 0; i < len; i++) { h ^= p[i]; h *= 16777619u; }
        if (h == 0) h = 1;
        JSString *a = find_latin1(p, (size_t)len, h);
        if (a) return js_mk_cell(a);
        return js_atom_from_string(js_new_string_latin1(p, (size_t)len));
    }
    return js_atom_from_string(js_new_string_utf16(chars, (size_t)len));
}

JSAtom js_atom_from_cstr(const char *s)
{
    return js_atom_from_utf8(s, strlen(s));
}

/* Atoms of small integers, made on first use (array-like access by index). */
#define SMALL_INDEX_ATOMS 1024
static JSAtom small_index_atoms[SMALL_INDEX_ATOMS];

JSAtom js_atom_from_uint32(uint32_t n)
{
    if (n < SMALL_INDEX_ATOMS && small_index_atoms[n]) return small_index_atoms[n];
    JSAtom a = js_atom_from_uint32_slow(n);
    if (n < SMALL_INDEX_ATOMS) small_index_atoms[n] = a;
    return a;
}

static JSAtom js_atom_from_uint32_slow(uint32_t n)
{
    char buf[16];
    int k = 15;
    buf[k] = 0;
    do { buf[--k] = (char)('0' + n % 10); n /= 10; } while (n);
    return js_atom_from_utf8(buf + k, (size_t)(15 - k));
}

bool js_atom_is_index(JSAtom a, uint32_t *index)
{
    if (!js_is_string(a)) return false;
    JSString *s = js_str(a);
    if (!(s->h.flags & JS_STR_INDEX)) return false;
    if (index) *index = s->index;
    return true;
}

JSValue js_new_symbol(JSValue description)
{
    JSSymbol *s = rt_alloc_cell(sizeof *s);
    s->h.kind = JS_CELL_SYMBOL;
    s->h.shape = &js_static_shapes[JS_CELL_SYMBOL];
    symbol_counter = symbol_counter * 1664525u + 1013904223u;
    s->h.hash = symbol_counter | 1;
    s->description = description;
    s->registry_key = JS_UNDEFINED;
    return js_mk_cell(s);
}

JSValue js_symbol_descriptive_string(JSValue sym)
{
    JSSymbol *s = js_cell_ptr(sym);
    JSStringBuilder sb;
    js_sb_init(&sb);
    js_sb_puts(&sb, "Symbol(");
    if (js_is_string(s->description)) js_sb_put_string(&sb, s->description);
    js_sb_putc(&sb, ')');
    return js_sb_finish(&sb);
}

/* Creates the predefined atoms and well-known symbols (called by
 * js_runtime_init before anything else needs a key). */
void js_atoms_init(void)
{
    static const char *const names[] = {
#define JS_ATOM_DEF(n, s) s,
#include "kiln/atoms.def"
    };
    static const char *const syms[] = {
#define JS_SYMBOL_DEF(n, s) s,
#include "kiln/atoms.def"
    };
    for (size_t i = 0; i < JS_ATOM_ID_COUNT; i++)
        js_atom_table[i] = js_atom_from_cstr(names[i]);
    for (size_t i = 0; i < JS_SYMBOL_ID_COUNT; i++)
        js_symbol_table[i] = js_new_symbol(js_new_string_cstr(syms[i]));
}
