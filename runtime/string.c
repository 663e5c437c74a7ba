/*
 * string.c — JavaScript strings: flat one-byte and two-byte storage, ropes,
 * UTF-8 conversion, comparison, hashing and the string builder.
 *
 * Invariants:
 *   - a flat string's characters are followed by one zero code unit;
 *   - flat strings made here are one-byte whenever every unit is < 256
 *     (js_string_alloc(two_byte = true) may still hold only small units;
 *     every comparison works on code units, so either form is correct);
 *   - a rope's length is the sum of its halves; js_string_flatten resolves
 *     it in place with an explicit stack, so rope depth never recurses in C;
 *   - hashes are computed over code units, so equal strings hash equally
 *     whatever their storage.
 */
#include <stdlib.h>
#include <string.h>
#include "kiln/runtime.h"
#include "kiln/shape.h"

/* Longest string, as in V8 (2^29 - 24 code units). */
#define JS_STRING_MAX_LEN ((1u << 29) - 24)
/* Concatenations shorter than this are copied; longer ones make ropes. */
#define JS_ROPE_MIN_LEN 24
/* Short right halves of ropes are merged with appended pieces up to this. */
#define JS_ROPE_MERGE_LEN 128

static JSValue single_char_cache[256];

static void init_header(JSString *s, uint8_t flags)
{
    s->h.kind = JS_CELL_STRING;
    s->h.flags = flags;
    s->h.shape = &js_static_shapes[JS_CELL_STRING];
}

JSString *js_string_alloc(uint32_t len, bool two_byte)
{
    size_t unit = two_byte ? 2 : 1;
    JSString *s = rt_alloc_atomic(sizeof(JSString) + unit * ((size_t)len + 1));
    memset(s, 0, sizeof(JSString));
    init_header(s, two_byte ? JS_STR_TWO_BYTE : 0);
    s->length = len;
    if (two_byte) {
        uint16_t *p = (uint16_t *)(s + 1);
        p[len] = 0;
        s->u.utf16 = p;
    } else {
        uint8_t *p = (uint8_t *)(s + 1);
        p[len] = 0;
        s->u.latin1 = p;
    }
    return s;
}

JSValue js_new_string_latin1(const uint8_t *src, size_t len)
{
    if (len == 1 && single_char_cache[src[0]])
        return single_char_cache[src[0]];
    JSString *s = js_string_alloc((uint32_t)len, false);
    memcpy(js_string_latin1_mut(s), src, len);
    return js_mk_cell(s);
}

JSValue js_new_string_utf16(const uint16_t *src, size_t len)
{
    size_t i;
    for (i = 0; i < len; i++)
        if (src[i] > 0xFF)
            break;
    if (i == len) {
        if (len == 1 && single_char_cache[src[0]])
            return single_char_cache[src[0]];
        JSString *s = js_string_alloc((uint32_t)len, false);
        uint8_t *d = js_string_latin1_mut(s);
        for (i = 0; i < len; i++)
            d[i] = (uint8_t)src[i];
        return js_mk_cell(s);
    }
    JSString *s = js_string_alloc((uint32_t)len, true);
    memcpy(js_string_utf16_mut(s), src, len * 2);
    return js_mk_cell(s);
}

JSValue js_string_from_char_code(uint16_t c)
{
    if (c < 256) {
        if (!single_char_cache[c]) {
            JSString *s = js_string_alloc(1, false);
            js_string_latin1_mut(s)[0] = (uint8_t)c;
            single_char_cache[c] = js_mk_cell(s);
        }
        return single_char_cache[c];
    }
    JSString *s = js_string_alloc(1, true);
    js_string_utf16_mut(s)[0] = c;
    return js_mk_cell(s);
}

/* ---- UTF-8 decoding ------------------------------------------------------ */

/* Decodes one code point at s[*i] (n bytes available). Invalid sequences
 * yield U+FFFD and consume the maximal subpart (WHATWG/Unicode practice). */
static uint32_t utf8_decode(const uint8_t *s, size_t n, size_t *i)
{
    uint8_t c = s[*i];
    if (c < 0x80) { (*i)++; return c; }
    uint32_t cp, min;
    int need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2; cp = c & 0x0F; min = 0x800;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;   /* no encoded surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3; cp = c & 0x07; min = 0x10000;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else { (*i)++; return 0xFFFD; }
    (void)min;
    size_t j = *i + 1;
    for (int k = 0; k < need; k++, j++) {
        if (j >= n) { *i = j; return 0xFFFD; }
        uint8_t b = s[j];
        if (b < lo || b > hi) { *i = j; return 0xFFFD; }
        lo = 0x80; hi = 0xBF;
        cp = (cp << 6) | (b & 0x3F);
    }
    *i = j;
    return cp;
}

JSValue js_new_string_from_utf8(const char *str, size_t len)
{
    const uint8_t *s = (const uint8_t *)str;
    size_t units = 0, i = 0;
    bool wide = false, ascii = true;
    for (size_t k = 0; k < len; k++)
        if (s[k] >= 0x80) { ascii = false; break; }
    if (ascii)
        return js_new_string_latin1(s, len);
    while (i < len) {
        uint32_t cp = utf8_decode(s, len, &i);
        if (cp > 0xFF) wide = true;
        units += cp >= 0x10000 ? 2 : 1;
    }
    JSString *r = js_string_alloc((uint32_t)units, wide);
    i = 0;
    size_t o = 0;
    if (wide) {
        uint16_t *d = js_string_utf16_mut(r);
        while (i < len) {
            uint32_t cp = utf8_decode(s, len, &i);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                d[o++] = (uint16_t)(0xD800 + (cp >> 10));
                d[o++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
            } else {
                d[o++] = (uint16_t)cp;
            }
        }
    } else {
        uint8_t *d = js_string_latin1_mut(r);
        while (i < len)
            d[o++] = (uint8_t)utf8_decode(s, len, &i);
    }
    return js_mk_cell(r);
}

JSValue js_new_string_cstr(const char *s)
{
    return js_new_string_from_utf8(s, strlen(s));
}

/* ---- ropes --------------------------------------------------------------- */

static JSValue make_rope(JSString *a, JSString *b, uint32_t len)
{
    JSString *r = rt_alloc_cell(sizeof(JSString));
    init_header(r, JS_STR_ROPE);
    r->length = len;
    r->u.left = a;
    r->right = b;
    return js_mk_cell(r);
}

static bool tree_two_byte(JSString *s);

/* Copies a and b into one new flat string. */
static JSValue flat_concat(JSString *a, JSString *b, uint32_t len)
{
    a = js_string_flatten(a);
    b = js_string_flatten(b);
    bool wide = js_string_is_two_byte(a) || js_string_is_two_byte(b);
    JSString *r = js_string_alloc(len, wide);
    if (wide) {
        uint16_t *d = js_string_utf16_mut(r);
        for (uint32_t i = 0; i < a->length; i++) d[i] = js_flat_char_at(a, i);
        for (uint32_t i = 0; i < b->length; i++) d[a->length + i] = js_flat_char_at(b, i);
    } else {
        memcpy(js_string_latin1_mut(r), a->u.latin1, a->length);
        memcpy(js_string_latin1_mut(r) + a->length, b->u.latin1, b->length);
    }
    return js_mk_cell(r);
}

JSValue js_string_concat(JSValue av, JSValue bv)
{
    JSString *a = js_str(av), *b = js_str(bv);
    if (a->length == 0) return bv;
    if (b->length == 0) return av;
    uint64_t len = (uint64_t)a->length + b->length;
    if (len > JS_STRING_MAX_LEN)
        return js_throw_range_error("Invalid string length");
    if (len < JS_ROPE_MIN_LEN)
        return flat_concat(a, b, (uint32_t)len);
    /* Appending a short piece to a rope whose right half is short and
     * flat: rebuild that right half instead of adding a level. Nothing is
     * mutated (the old rope may still be referenced), but a loop of
     * `s += x` then keeps one rope node per ~JS_ROPE_MERGE_LEN characters
     * alive instead of one per append. */
    if ((a->h.flags & JS_STR_ROPE) && !(b->h.flags & JS_STR_ROPE) &&
        !(a->right->h.flags & JS_STR_ROPE) &&
        (uint64_t)a->right->length + b->length <= JS_ROPE_MERGE_LEN) {
        JSValue r = flat_concat(a->right, b, a->right->length + b->length);
        return make_rope(a->u.left, js_str(r), (uint32_t)len);
    }
    return make_rope(a, b, (uint32_t)len);
}

JSValue rt_string_concat(JSValue a, JSValue b)
{
    return js_string_concat(a, b);
}

/* Whether any leaf of the rope is two-byte (explicit stack, no recursion). */
static bool tree_two_byte(JSString *s)
{
    size_t cap = 64, n = 0;
    JSString **stack = malloc(cap * sizeof *stack);
    bool wide = false;
    stack[n++] = s;
    while (n && !wide) {
        JSString *t = stack[--n];
        if (t->h.flags & JS_STR_ROPE) {
            if (n + 2 > cap) { cap *= 2; stack = realloc(stack, cap * sizeof *stack); }
            stack[n++] = t->right;
            stack[n++] = t->u.left;
        } else if (t->h.flags & JS_STR_TWO_BYTE) {
            wide = true;
        }
    }
    free(stack);
    return wide;
}

JSString *js_string_flatten(JSString *s)
{
    if (!(s->h.flags & JS_STR_ROPE))
        return s;
    bool wide = tree_two_byte(s);
    uint32_t len = s->length;
    void *buf = rt_alloc_atomic((size_t)(len + 1) * (wide ? 2 : 1));
    size_t cap = 64, n = 0, pos = 0;
    JSString **stack = malloc(cap * sizeof *stack);
    stack[n++] = s;
    while (n) {
        JSString *t = stack[--n];
        if (t->h.flags & JS_STR_ROPE) {
            if (n + 2 > cap) { cap *= 2; stack = realloc(stack, cap * sizeof *stack); }
            stack[n++] = t->right;
            stack[n++] = t->u.left;
            continue;
        }
        if (wide) {
            uint16_t *d = (uint16_t *)buf + pos;
            if (t->h.flags & JS_STR_TWO_BYTE)
                memcpy(d, t->u.utf16, (size_t)t->length * 2);
            else
                for (uint32_t i = 0; i < t->length; i++) d[i] = t->u.latin1[i];
        } else {
            memcpy((uint8_t *)buf + pos, t->u.latin1, t->length);
        }
        pos += t->length;
    }
    free(stack);
    if (wide) ((uint16_t *)buf)[len] = 0; else ((uint8_t *)buf)[len] = 0;
    s->right = NULL;
    s->u.latin1 = buf;
    s->h.flags = (uint8_t)((s->h.flags & ~JS_STR_ROPE) | (wide ? JS_STR_TWO_BYTE : 0));
    return s;
}

/* ---- reading ------------------------------------------------------------- */

uint16_t js_string_char_at(JSValue v, uint32_t i)
{
    JSString *s = js_string_flatten(js_str(v));
    return js_flat_char_at(s, i);
}

uint32_t js_string_code_point_at(JSValue v, uint32_t i, uint32_t *units)
{
    JSString *s = js_string_flatten(js_str(v));
    uint16_t c = js_flat_char_at(s, i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s->length) {
        uint16_t d = js_flat_char_at(s, i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
            if (units) *units = 2;
            return 0x10000 + (((uint32_t)c - 0xD800) << 10) + (d - 0xDC00);
        }
    }
    if (units) *units = 1;
    return c;
}

JSValue js_string_substring(JSValue v, uint32_t start, uint32_t end)
{
    JSString *s = js_string_flatten(js_str(v));
    if (start == 0 && end == s->length)
        return v;
    if (js_string_is_two_byte(s))
        return js_new_string_utf16(s->u.utf16 + start, end - start);
    return js_new_string_latin1(s->u.latin1 + start, end - start);
}

/* Encodes one code point; returns the bytes written (buf needs 4). */
static size_t utf8_encode(uint32_t cp, char *buf)
{
    uint8_t *b = (uint8_t *)buf;
    if (cp < 0x80) { b[0] = (uint8_t)cp; return 1; }
    if (cp < 0x800) { b[0] = 0xC0 | (cp >> 6); b[1] = 0x80 | (cp & 0x3F); return 2; }
    if (cp < 0x10000) {
        b[0] = 0xE0 | (cp >> 12); b[1] = 0x80 | ((cp >> 6) & 0x3F); b[2] = 0x80 | (cp & 0x3F);
        return 3;
    }
    b[0] = 0xF0 | (cp >> 18); b[1] = 0x80 | ((cp >> 12) & 0x3F);
    b[2] = 0x80 | ((cp >> 6) & 0x3F); b[3] = 0x80 | (cp & 0x3F);
    return 4;
}

size_t js_string_to_utf8_buf(JSValue v, char *buf, size_t cap)
{
    JSString *s = js_string_flatten(js_str(v));
    size_t o = 0;
    char tmp[4];
    for (uint32_t i = 0; i < s->length; i++) {
        uint32_t cp = js_flat_char_at(s, i);
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            uint16_t d = i + 1 < s->length ? js_flat_char_at(s, i + 1) : 0;
            if (cp <= 0xDBFF && d >= 0xDC00 && d <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (d - 0xDC00);
                i++;
            } else {
                cp = 0xFFFD;
            }
        }
        size_t k = utf8_encode(cp, tmp);
        if (o + k < cap) memcpy(buf + o, tmp, k);
        o += k;
    }
    if (cap) buf[o < cap ? o : cap - 1] = 0;
    return o;
}

char *js_string_to_utf8(JSValue v, size_t *len)
{
    JSString *s = js_string_flatten(js_str(v));
    size_t n;
    char *buf;
    if (!js_string_is_two_byte(s)) {
        /* Latin-1: at most 2 bytes per unit; ASCII copies directly. */
        n = 0;
        for (uint32_t i = 0; i < s->length; i++) n += s->u.latin1[i] < 0x80 ? 1 : 2;
        buf = rt_alloc_atomic(n + 1);
        size_t o = 0;
        for (uint32_t i = 0; i < s->length; i++) o += utf8_encode(s->u.latin1[i], buf + o);
        buf[o] = 0;
    } else {
        n = js_string_to_utf8_buf(v, NULL, 0);
        buf = rt_alloc_atomic(n + 1);
        js_string_to_utf8_buf(v, buf, n + 1);
    }
    if (len) *len = n;
    return buf;
}

bool js_string_equals(JSValue av, JSValue bv)
{
    if (av == bv) return true;
    JSString *a = js_str(av), *b = js_str(bv);
    if (a->length != b->length) return false;
    if ((a->h.flags & JS_STR_ATOM) && (b->h.flags & JS_STR_ATOM)) return false;
    if (a->h.hash && b->h.hash && a->h.hash != b->h.hash) return false;
    a = js_string_flatten(a);
    b = js_string_flatten(b);
    bool aw = js_string_is_two_byte(a), bw = js_string_is_two_byte(b);
    if (!aw && !bw) return memcmp(a->u.latin1, b->u.latin1, a->length) == 0;
    if (aw && bw) return memcmp(a->u.utf16, b->u.utf16, (size_t)a->length * 2) == 0;
    for (uint32_t i = 0; i < a->length; i++)
        if (js_flat_char_at(a, i) != js_flat_char_at(b, i)) return false;
    return true;
}

int js_string_compare(JSValue av, JSValue bv)
{
    if (av == bv) return 0;
    JSString *a = js_string_flatten(js_str(av)), *b = js_string_flatten(js_str(bv));
    uint32_t n = a->length < b->length ? a->length : b->length;
    if (!js_string_is_two_byte(a) && !js_string_is_two_byte(b)) {
        int c = memcmp(a->u.latin1, b->u.latin1, n);
        if (c) return c;
    } else {
        for (uint32_t i = 0; i < n; i++) {
            uint16_t x = js_flat_char_at(a, i), y = js_flat_char_at(b, i);
            if (x != y) return x < y ? -1 : 1;
        }
    }
    return a->length < b->length ? -1 : a->length > b->length;
}

/* FNV-1a over code units; 0 is reserved for "not computed". */
uint32_t js_string_hash(JSValue v)
{
    JSString *s = js_str(v);
    if (s->h.hash) return s->h.hash;
    s = js_string_flatten(s);
    uint32_t h = 2166136261u;
    if (js_string_is_two_byte(s)) {
        for (uint32_t i = 0; i < s->length; i++) { h ^= s->u.utf16[i]; h *= 16777619u; }
    } else {
        for (uint32_t i = 0; i < s->length; i++) { h ^= s->u.latin1[i]; h *= 16777619u; }
    }
    if (h == 0) h = 1;
    s->h.hash = h;
    return h;
}

bool js_string_eq_ascii(JSValue v, const char *c)
{
    JSString *s = js_str(v);
    size_t n = strlen(c);
    if (s->length != n) return false;
    s = js_string_flatten(s);
    for (size_t i = 0; i < n; i++)
        if (js_flat_char_at(s, (uint32_t)i) != (uint8_t)c[i]) return false;
    return true;
}

bool js_string_is_index(JSValue v, uint32_t *index)
{
    JSString *s = js_str(v);
    if (s->h.flags & JS_STR_INDEX_CHECKED) {
        if (index) *index = s->index;
        return (s->h.flags & JS_STR_INDEX) != 0;
    }
    uint32_t len = s->length;
    bool ok = false;
    uint64_t n = 0;
    if (len > 0 && len <= 10) {
        s = js_string_flatten(s);
        uint16_t c0 = js_flat_char_at(s, 0);
        if (c0 == '0') {
            ok = len == 1;
        } else {
            ok = true;
            for (uint32_t i = 0; i < len; i++) {
                uint16_t c = js_flat_char_at(s, i);
                if (c < '0' || c > '9') { ok = false; break; }
                n = n * 10 + (c - '0');
            }
            if (n >= 0xFFFFFFFFu) ok = false;
        }
    }
    if (s->h.flags & JS_STR_ATOM) {
        s->h.flags |= JS_STR_INDEX_CHECKED | (ok ? JS_STR_INDEX : 0);
        s->index = ok ? (uint32_t)n : 0;
    }
    if (index) *index = (uint32_t)n;
    return ok;
}

/* ---- string builder ------------------------------------------------------ */

void js_sb_init(JSStringBuilder *sb)
{
    memset(sb, 0, sizeof *sb);
}

static void sb_grow(JSStringBuilder *sb, uint32_t extra)
{
    uint64_t need = (uint64_t)sb->len + extra;
    if (need <= sb->cap) return;
    uint32_t cap = sb->cap ? sb->cap : 32;
    while (cap < need) cap *= 2;
    if (sb->buf16) {
        uint16_t *n = rt_alloc_atomic((size_t)cap * 2);
        memcpy(n, sb->buf16, (size_t)sb->len * 2);
        sb->buf16 = n;
    } else {
        uint8_t *n = rt_alloc_atomic(cap);
        if (sb->buf8) memcpy(n, sb->buf8, sb->len);
        sb->buf8 = n;
    }
    sb->cap = cap;
}

static void sb_widen(JSStringBuilder *sb)
{
    uint32_t cap = sb->cap ? sb->cap : 32;
    uint16_t *n = rt_alloc_atomic((size_t)cap * 2);
    for (uint32_t i = 0; i < sb->len; i++) n[i] = sb->buf8[i];
    sb->buf16 = n;
    sb->buf8 = NULL;
    sb->cap = cap;
}

void js_sb_putc(JSStringBuilder *sb, uint16_t unit)
{
    if (unit > 0xFF && !sb->buf16) sb_widen(sb);
    sb_grow(sb, 1);
    if (sb->buf16) sb->buf16[sb->len++] = unit;
    else sb->buf8[sb->len++] = (uint8_t)unit;
}

void js_sb_put_code_point(JSStringBuilder *sb, uint32_t cp)
{
    if (cp >= 0x10000) {
        cp -= 0x10000;
        js_sb_putc(sb, (uint16_t)(0xD800 + (cp >> 10)));
        js_sb_putc(sb, (uint16_t)(0xDC00 + (cp & 0x3FF)));
    } else {
        js_sb_putc(sb, (uint16_t)cp);
    }
}

void js_sb_put_latin1(JSStringBuilder *sb, const uint8_t *s, size_t n)
{
    sb_grow(sb, (uint32_t)n);
    if (sb->buf16) for (size_t i = 0; i < n; i++) sb->buf16[sb->len++] = s[i];
    else { memcpy(sb->buf8 + sb->len, s, n); sb->len += (uint32_t)n; }
}

void js_sb_put_utf16(JSStringBuilder *sb, const uint16_t *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] > 0xFF && !sb->buf16) { sb_widen(sb); break; }
    sb_grow(sb, (uint32_t)n);
    if (sb->buf16) { memcpy(sb->buf16 + sb->len, s, n * 2); sb->len += (uint32_t)n; }
    else for (size_t i = 0; i < n; i++) sb->buf8[sb->len++] = (uint8_t)s[i];
}

void js_sb_put_utf8(JSStringBuilder *sb, const char *str, size_t n)
{
    const uint8_t *s = (const uint8_t *)str;
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) { js_sb_putc(sb, s[i++]); continue; }
        js_sb_put_code_point(sb, utf8_decode(s, n, &i));
    }
}

void js_sb_puts(JSStringBuilder *sb, const char *s)
{
    js_sb_put_utf8(sb, s, strlen(s));
}

void js_sb_put_string(JSStringBuilder *sb, JSValue v)
{
    JSString *s = js_string_flatten(js_str(v));
    if (js_string_is_two_byte(s)) js_sb_put_utf16(sb, s->u.utf16, s->length);
    else js_sb_put_latin1(sb, s->u.latin1, s->length);
}

JSValue js_sb_finish(JSStringBuilder *sb)
{
    JSValue r = sb->buf16 ? js_new_string_utf16(sb->buf16, sb->len)
                          : js_new_string_latin1(sb->buf8 ? sb->buf8 : (const uint8_t *)"", sb->len);
    js_sb_init(sb);
    return r;
}
