/*
 * re_compile.c — the pattern parser of the regexp engine: validates an
 * ES2024 pattern (with the Annex B syntax outside unicode mode) and emits
 * the bytecode re_exec.c runs.
 *
 * The parser is recursive descent over UTF-16 code units and emits code as
 * it goes, in the manner of QuickJS's libregexp:
 *
 *   - a quantifier is applied after its atom was emitted, by inserting the
 *     loop head in front of the atom's code (all jumps are relative, so
 *     moving code keeps them right);
 *   - inside a lookbehind each term is moved in front of the terms before
 *     it, so the alternative runs right to left, and every consuming op gets
 *     its backward twin;
 *   - a first pass over the pattern counts the capture groups and collects
 *     their names, because \N and \k<name> may refer forward and because
 *     Annex B reads \N as an octal escape when there are fewer groups.
 *
 * Errors use V8's wording ("Unterminated group") so the compiler's
 * diagnostics and the runtime's SyntaxError read as node's. Errors unwind
 * with longjmp from wherever they are found; everything the parser owns is
 * reachable from the Parser and freed by re_compile.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <utf8proc.h>

#include "re_internal.h"

#define MAX_DEPTH 1000 /* nesting of groups and classes */

typedef struct Buf {
    uint8_t *p;
    size_t len, cap;
} Buf;

/* A set of code points as sorted, disjoint, non-adjacent [lo, hi] pairs
 * once normalised. */
typedef struct Ranges {
    uint32_t *r;
    uint32_t n, cap; /* n pairs */
} Ranges;

typedef struct GroupInfo {
    char *name;          /* UTF-8, or NULL */
    uint32_t *path;      /* (disjunction id, alternative) pairs from the root */
    uint32_t path_len;
} GroupInfo;

typedef struct Parser {
    const uint16_t *src;
    uint32_t pos, len;
    uint32_t flags;
    bool u;        /* u or v: code points, strict syntax */
    bool v;
    bool ic;
    bool validate; /* RE_VALIDATE_ONLY */
    bool has_names;
    Buf code;
    uint32_t total_caps; /* from the first pass, groups + 1 */
    uint32_t ncaps;      /* assigned so far */
    uint32_t nregs;
    GroupInfo *groups;   /* [total_caps] */
    uint32_t *path;      /* the current (disjunction, alternative) path */
    uint32_t path_len, path_cap;
    uint32_t next_disj;
    int depth;
    Ranges tmp[4];       /* scratch sets owned here so longjmp cannot leak them */
    ReError *err;
    jmp_buf jb;
} Parser;

static void fail(Parser *p, const char *msg) __attribute__((noreturn));
static void fail(Parser *p, const char *msg)
{
    snprintf(p->err->msg, sizeof p->err->msg, "%s", msg);
    p->err->pos = p->pos;
    longjmp(p->jb, 1);
}

static void *xrealloc(Parser *p, void *ptr, size_t n)
{
    void *q = realloc(ptr, n ? n : 1);
    if (!q)
        fail(p, "Out of memory");
    return q;
}

/* ---- code buffer ---------------------------------------------------------- */

static void buf_reserve(Parser *p, size_t extra)
{
    Buf *b = &p->code;
    if (b->len + extra <= b->cap)
        return;
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < b->len + extra)
        cap *= 2;
    if (cap > (1u << 28))
        fail(p, "Regular expression too large");
    b->p = xrealloc(p, b->p, cap);
    b->cap = cap;
}
static void emit_u8(Parser *p, uint8_t v)
{
    if (p->validate)
        return;
    buf_reserve(p, 1);
    p->code.p[p->code.len++] = v;
}
static void emit_u32(Parser *p, uint32_t v)
{
    if (p->validate)
        return;
    buf_reserve(p, 4);
    memcpy(p->code.p + p->code.len, &v, 4);
    p->code.len += 4;
}
static void put_i32(Parser *p, size_t at, int32_t v)
{
    if (!p->validate)
        memcpy(p->code.p + at, &v, 4);
}
/* Opens a gap of n bytes at `at`. */
static void insert_gap(Parser *p, size_t at, size_t n)
{
    if (p->validate)
        return;
    buf_reserve(p, n);
    memmove(p->code.p + at + n, p->code.p + at, p->code.len - at);
    p->code.len += n;
}
/* Swaps [a, b) and [b, len): the code emitted last moves to a. */
static void rotate_to(Parser *p, size_t a, size_t b)
{
    if (p->validate || a == b || b == p->code.len)
        return;
    size_t n1 = b - a, n2 = p->code.len - b;
    uint8_t *tmp = xrealloc(p, NULL, n2);
    memcpy(tmp, p->code.p + b, n2);
    memmove(p->code.p + a + n2, p->code.p + a, n1);
    memcpy(p->code.p + a, tmp, n2);
    free(tmp);
}

/* ---- code-point sets -------------------------------------------------------- */

static void ranges_add(Parser *p, Ranges *s, uint32_t lo, uint32_t hi)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        s->r = xrealloc(p, s->r, s->cap * 2 * sizeof(uint32_t));
    }
    s->r[2 * s->n] = lo;
    s->r[2 * s->n + 1] = hi;
    s->n++;
}

static int cmp_range(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static void ranges_normalize(Ranges *s)
{
    if (s->n < 2)
        return;
    qsort(s->r, s->n, 2 * sizeof(uint32_t), cmp_range);
    uint32_t w = 0;
    for (uint32_t i = 1; i < s->n; i++) {
        uint32_t lo = s->r[2 * i], hi = s->r[2 * i + 1];
        if (lo <= s->r[2 * w + 1] + 1) {
            if (hi > s->r[2 * w + 1])
                s->r[2 * w + 1] = hi;
        } else {
            w++;
            s->r[2 * w] = lo;
            s->r[2 * w + 1] = hi;
        }
    }
    s->n = w + 1;
}

static void ranges_union(Parser *p, Ranges *dst, const Ranges *src)
{
    for (uint32_t i = 0; i < src->n; i++)
        ranges_add(p, dst, src->r[2 * i], src->r[2 * i + 1]);
    ranges_normalize(dst);
}

/* dst = complement of a normalised set within [0, max]. */
static void ranges_invert(Parser *p, Ranges *s, uint32_t max)
{
    ranges_normalize(s);
    Ranges out = {0};
    uint32_t next = 0;
    bool ok = true;
    for (uint32_t i = 0; i < s->n && ok; i++) {
        if (s->r[2 * i] > next)
            ranges_add(p, &out, next, s->r[2 * i] - 1);
        if (s->r[2 * i + 1] >= max)
            ok = false;
        else
            next = s->r[2 * i + 1] + 1;
    }
    if (ok)
        ranges_add(p, &out, next, max);
    free(s->r);
    *s = out;
}

/* dst = a ∩ b, both normalised. */
static void ranges_intersect(Parser *p, Ranges *a, const Ranges *b)
{
    Ranges out = {0};
    uint32_t i = 0, j = 0;
    while (i < a->n && j < b->n) {
        uint32_t lo = a->r[2 * i] > b->r[2 * j] ? a->r[2 * i] : b->r[2 * j];
        uint32_t hi = a->r[2 * i + 1] < b->r[2 * j + 1] ? a->r[2 * i + 1] : b->r[2 * j + 1];
        if (lo <= hi)
            ranges_add(p, &out, lo, hi);
        if (a->r[2 * i + 1] < b->r[2 * j + 1])
            i++;
        else
            j++;
    }
    free(a->r);
    *a = out;
}

static void ranges_subtract(Parser *p, Ranges *a, const Ranges *b)
{
    Ranges nb = {0};
    ranges_union(p, &nb, b);
    ranges_invert(p, &nb, 0x10FFFF);
    ranges_intersect(p, a, &nb);
    free(nb.r);
}

/* The set of Canonicalize(c) for every c in s (for /i classes). */
static void ranges_canonicalize(Parser *p, Ranges *s)
{
    /* No character above U+1E943 has a case mapping. */
    const uint32_t limit = 0x1E944;
    uint32_t nbits = p->u ? limit : 0x10000;
    uint32_t *bits = calloc((nbits + 31) / 32, 4);
    if (!bits)
        fail(p, "Out of memory");
    Ranges out = {0};
    for (uint32_t i = 0; i < s->n; i++) {
        uint32_t lo = s->r[2 * i], hi = s->r[2 * i + 1];
        for (uint32_t c = lo; c <= hi && c < nbits; c++) {
            uint32_t k = re_canonicalize(c, p->u);
            if (k < nbits)
                bits[k / 32] |= 1u << (k % 32);
            else
                ranges_add(p, &out, k, k);
        }
        if (hi >= nbits)
            ranges_add(p, &out, lo > nbits ? lo : nbits, hi);
    }
    for (uint32_t c = 0; c < nbits;) {
        if (!(bits[c / 32] & (1u << (c % 32)))) {
            c++;
            continue;
        }
        uint32_t lo = c;
        while (c < nbits && (bits[c / 32] & (1u << (c % 32))))
            c++;
        ranges_add(p, &out, lo, c - 1);
    }
    free(bits);
    free(s->r);
    *s = out;
    ranges_normalize(s);
}

/* ---- character classes of escapes and properties ------------------------------ */

static const uint32_t space_ranges[] = {
    0x09, 0x0D, 0x20, 0x20, 0xA0, 0xA0, 0x1680, 0x1680, 0x2000, 0x200A,
    0x2028, 0x2029, 0x202F, 0x202F, 0x205F, 0x205F, 0x3000, 0x3000, 0xFEFF, 0xFEFF,
};

bool re_is_line_terminator(uint32_t c)
{
    return c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029;
}

bool re_is_word_char(uint32_t c, bool unicode_ic)
{
    if (c < 128)
        return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') || c == '_';
    return unicode_ic && (c == 0x017F || c == 0x212A);
}

/* Adds the class of \d \D \s \S \w \W (letter `k`) to s. */
static void add_class_escape(Parser *p, Ranges *s, uint16_t k)
{
    Ranges t = {0};
    switch (k | 32) {
    case 'd':
        ranges_add(p, &t, '0', '9');
        break;
    case 's':
        for (size_t i = 0; i < sizeof space_ranges / sizeof *space_ranges; i += 2)
            ranges_add(p, &t, space_ranges[i], space_ranges[i + 1]);
        break;
    case 'w':
        ranges_add(p, &t, '0', '9');
        ranges_add(p, &t, 'A', 'Z');
        ranges_add(p, &t, '_', '_');
        ranges_add(p, &t, 'a', 'z');
        if (p->u && p->ic) {
            ranges_add(p, &t, 0x017F, 0x017F);
            ranges_add(p, &t, 0x212A, 0x212A);
        }
        break;
    }
    if (k < 'a')
        ranges_invert(p, &t, p->u ? 0x10FFFF : 0xFFFF);
    ranges_union(p, s, &t);
    free(t.r);
}

static bool name_eq(const uint16_t *a, uint32_t n, const char *b)
{
    for (uint32_t i = 0; i < n; i++)
        if (!b[i] || a[i] != (unsigned char)b[i])
            return false;
    return b[n] == 0;
}

typedef struct GcName {
    const char *s, *l;
    uint32_t mask;
} GcName;

#define GC(x) (1u << UTF8PROC_CATEGORY_##x)
static const GcName gc_names[] = {
    {"L", "Letter", GC(LU) | GC(LL) | GC(LT) | GC(LM) | GC(LO)},
    {"LC", "Cased_Letter", GC(LU) | GC(LL) | GC(LT)},
    {"Lu", "Uppercase_Letter", GC(LU)}, {"Ll", "Lowercase_Letter", GC(LL)},
    {"Lt", "Titlecase_Letter", GC(LT)}, {"Lm", "Modifier_Letter", GC(LM)},
    {"Lo", "Other_Letter", GC(LO)},
    {"M", "Mark", GC(MN) | GC(MC) | GC(ME)}, {"Mn", "Nonspacing_Mark", GC(MN)},
    {"Mc", "Spacing_Mark", GC(MC)}, {"Me", "Enclosing_Mark", GC(ME)},
    {"N", "Number", GC(ND) | GC(NL) | GC(NO)}, {"Nd", "Decimal_Number", GC(ND)},
    {"Nl", "Letter_Number", GC(NL)}, {"No", "Other_Number", GC(NO)},
    {"P", "Punctuation", GC(PC) | GC(PD) | GC(PS) | GC(PE) | GC(PI) | GC(PF) | GC(PO)},
    {"Pc", "Connector_Punctuation", GC(PC)}, {"Pd", "Dash_Punctuation", GC(PD)},
    {"Ps", "Open_Punctuation", GC(PS)}, {"Pe", "Close_Punctuation", GC(PE)},
    {"Pi", "Initial_Punctuation", GC(PI)}, {"Pf", "Final_Punctuation", GC(PF)},
    {"Po", "Other_Punctuation", GC(PO)},
    {"S", "Symbol", GC(SM) | GC(SC) | GC(SK) | GC(SO)}, {"Sm", "Math_Symbol", GC(SM)},
    {"Sc", "Currency_Symbol", GC(SC)}, {"Sk", "Modifier_Symbol", GC(SK)},
    {"So", "Other_Symbol", GC(SO)},
    {"Z", "Separator", GC(ZS) | GC(ZL) | GC(ZP)}, {"Zs", "Space_Separator", GC(ZS)},
    {"Zl", "Line_Separator", GC(ZL)}, {"Zp", "Paragraph_Separator", GC(ZP)},
    {"C", "Other", GC(CC) | GC(CF) | GC(CS) | GC(CO) | GC(CN)}, {"Cc", "Control", GC(CC)},
    {"Cf", "Format", GC(CF)}, {"Cs", "Surrogate", GC(CS)}, {"Co", "Private_Use", GC(CO)},
    {"Cn", "Unassigned", GC(CN)},
};

static const GcName *find_gc(const uint16_t *v, uint32_t n)
{
    for (size_t i = 0; i < sizeof gc_names / sizeof *gc_names; i++)
        if (name_eq(v, n, gc_names[i].s) || name_eq(v, n, gc_names[i].l))
            return &gc_names[i];
    if (name_eq(v, n, "punct"))
        return &gc_names[15];
    if (name_eq(v, n, "Combining_Mark"))
        return &gc_names[7];
    if (name_eq(v, n, "digit"))
        return &gc_names[12];
    return NULL;
}

/* Adds the code points whose general category is in mask. */
static void add_categories(Parser *p, Ranges *s, uint32_t mask)
{
    uint32_t start = 0;
    bool in = false;
    for (uint32_t c = 0; c <= 0x110000; c++) {
        bool m = c <= 0x10FFFF && (mask & (1u << utf8proc_category((utf8proc_int32_t)c)));
        if (m && !in) {
            start = c;
            in = true;
        } else if (!m && in) {
            ranges_add(p, s, start, c - 1);
            in = false;
        }
    }
}

/* \p{name} or \p{name=value}: the code points of a General_Category or of
 * one of the binary properties utf8proc can answer. Scripts are not in
 * utf8proc's tables and are rejected as unknown. */
static void add_property(Parser *p, Ranges *s, const uint16_t *name, uint32_t nlen,
                         const uint16_t *value, uint32_t vlen)
{
    Ranges t = {0};
    if (value) {
        if (!(name_eq(name, nlen, "General_Category") || name_eq(name, nlen, "gc")))
            fail(p, "Invalid property name");
        const GcName *g = find_gc(value, vlen);
        if (!g)
            fail(p, "Invalid property name");
        if (!p->validate)
            add_categories(p, &t, g->mask);
    } else {
        const GcName *g = find_gc(name, nlen);
        if (g) {
            if (!p->validate)
                add_categories(p, &t, g->mask);
        } else if (name_eq(name, nlen, "Any")) {
            ranges_add(p, &t, 0, 0x10FFFF);
        } else if (name_eq(name, nlen, "ASCII")) {
            ranges_add(p, &t, 0, 0x7F);
        } else if (name_eq(name, nlen, "Assigned")) {
            if (!p->validate) {
                add_categories(p, &t, GC(CN));
                ranges_invert(p, &t, 0x10FFFF);
            }
        } else if (name_eq(name, nlen, "ID_Start") || name_eq(name, nlen, "IDS") ||
                   name_eq(name, nlen, "ID_Continue") || name_eq(name, nlen, "IDC")) {
            /* Unicode's derivation: L, Nl and Other_ID_Start; ID_Continue
             * adds Mn, Mc, Nd, Pc and Other_ID_Continue (none of these is
             * Pattern_Syntax or Pattern_White_Space) */
            bool cont = name_eq(name, nlen, "ID_Continue") || name_eq(name, nlen, "IDC");
            if (!p->validate) {
                uint32_t mask = GC(LU) | GC(LL) | GC(LT) | GC(LM) | GC(LO) | GC(NL);
                if (cont)
                    mask |= GC(MN) | GC(MC) | GC(ND) | GC(PC);
                add_categories(p, &t, mask);
                ranges_add(p, &t, 0x1885, 0x1886);
                ranges_add(p, &t, 0x2118, 0x2118);
                ranges_add(p, &t, 0x212E, 0x212E);
                ranges_add(p, &t, 0x309B, 0x309C);
                if (cont) {
                    static const uint32_t oidc[][2] = {{0xB7, 0xB7}, {0x387, 0x387}, {0x1369, 0x1371},
                                                       {0x19DA, 0x19DA}, {0x200C, 0x200D},
                                                       {0x30FB, 0x30FB}, {0xFF65, 0xFF65}};
                    for (size_t i = 0; i < sizeof oidc / sizeof *oidc; i++)
                        ranges_add(p, &t, oidc[i][0], oidc[i][1]);
                }
            }
        } else if (name_eq(name, nlen, "ASCII_Hex_Digit") || name_eq(name, nlen, "AHex")) {
            ranges_add(p, &t, '0', '9');
            ranges_add(p, &t, 'A', 'F');
            ranges_add(p, &t, 'a', 'f');
        } else {
            fail(p, "Invalid property name");
        }
    }
    ranges_union(p, s, &t);
    free(t.r);
}

/* ---- the first pass: groups and their names ----------------------------------- */

static int hexval(uint32_t c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if ((c | 32) >= 'a' && (c | 32) <= 'f')
        return (int)((c | 32) - 'a' + 10);
    return -1;
}

static bool is_lead(uint32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
static bool is_trail(uint32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

static int peek(Parser *p) { return p->pos < p->len ? p->src[p->pos] : -1; }
static int peek_at(Parser *p, uint32_t k) { return p->pos + k < p->len ? p->src[p->pos + k] : -1; }

/* Reads \uXXXX (after the "\u"), with \u{...} when `braces`; -1 if malformed. */
static int32_t parse_u_escape(Parser *p, bool braces, bool pair)
{
    if (braces && peek(p) == '{') {
        uint32_t save = p->pos;
        p->pos++;
        uint32_t v = 0;
        int digits = 0;
        int h;
        while ((h = hexval((uint32_t)peek(p))) >= 0 && peek(p) >= 0) {
            v = v * 16 + (uint32_t)h;
            if (v > 0x10FFFF) {
                p->pos = save;
                return -1;
            }
            p->pos++;
            digits++;
        }
        if (!digits || peek(p) != '}') {
            p->pos = save;
            return -1;
        }
        p->pos++;
        return (int32_t)v;
    }
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        int h = peek_at(p, (uint32_t)i) >= 0 ? hexval((uint32_t)peek_at(p, (uint32_t)i)) : -1;
        if (h < 0)
            return -1;
        v = v * 16 + (uint32_t)h;
    }
    p->pos += 4;
    if (pair && is_lead(v) && peek(p) == '\\' && peek_at(p, 1) == 'u') {
        uint32_t save = p->pos;
        p->pos += 2;
        uint32_t w = 0;
        int i;
        for (i = 0; i < 4; i++) {
            int c = peek_at(p, (uint32_t)i);
            int h = c >= 0 ? hexval((uint32_t)c) : -1;
            if (h < 0)
                break;
            w = w * 16 + (uint32_t)h;
        }
        if (i == 4 && is_trail(w)) {
            p->pos += 4;
            return (int32_t)(0x10000 + ((v - 0xD800) << 10) + (w - 0xDC00));
        }
        p->pos = save;
    }
    return (int32_t)v;
}

static bool id_start(uint32_t c)
{
    if (c < 128)
        return ((c | 32) >= 'a' && (c | 32) <= 'z') || c == '$' || c == '_';
    int cat = utf8proc_category((utf8proc_int32_t)c);
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL ||
           cat == UTF8PROC_CATEGORY_LT || cat == UTF8PROC_CATEGORY_LM ||
           cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_NL || c == 0x1885 ||
           c == 0x1886 || c == 0x2118 || c == 0x212E || c == 0x309B || c == 0x309C;
}

static bool id_continue(uint32_t c)
{
    if (id_start(c) || (c >= '0' && c <= '9') || c == 0x200C || c == 0x200D)
        return true;
    if (c < 128)
        return false;
    int cat = utf8proc_category((utf8proc_int32_t)c);
    return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC ||
           cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_PC || c == 0xB7 ||
           c == 0x387 || (c >= 0x1369 && c <= 0x1371) || c == 0x19DA;
}

static void utf8_put(char **s, size_t *n, size_t *cap, uint32_t c, Parser *p)
{
    if (*n + 5 > *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *s = xrealloc(p, *s, *cap);
    }
    char *o = *s + *n;
    if (c < 0x80) {
        o[0] = (char)c;
        *n += 1;
    } else if (c < 0x800) {
        o[0] = (char)(0xC0 | c >> 6);
        o[1] = (char)(0x80 | (c & 0x3F));
        *n += 2;
    } else if (c < 0x10000) {
        o[0] = (char)(0xE0 | c >> 12);
        o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        *n += 3;
    } else {
        o[0] = (char)(0xF0 | c >> 18);
        o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[3] = (char)(0x80 | (c & 0x3F));
        *n += 4;
    }
    (*s)[*n] = 0;
}

/* GroupName :: < RegExpIdentifierName > (p->pos just after '<'); returns a
 * malloc'ed UTF-8 name, or fails with `msg`. */
static char *parse_group_name(Parser *p, const char *msg)
{
    char *s = NULL;
    size_t n = 0, cap = 0;
    bool first = true;
    for (;;) {
        int c0 = peek(p);
        if (c0 == '>' && !first)
            break;
        if (c0 < 0) {
            free(s);
            fail(p, msg);
        }
        uint32_t c = (uint32_t)c0;
        p->pos++;
        if (c == '\\') {
            if (peek(p) != 'u') {
                free(s);
                fail(p, msg);
            }
            p->pos++;
            int32_t e = parse_u_escape(p, true, true);
            if (e < 0) {
                free(s);
                fail(p, msg);
            }
            c = (uint32_t)e;
        } else if (is_lead(c) && is_trail((uint32_t)peek(p)) && peek(p) >= 0) {
            c = 0x10000 + ((c - 0xD800) << 10) + ((uint32_t)peek(p) - 0xDC00);
            p->pos++;
        }
        if (first ? !id_start(c) : !id_continue(c)) {
            free(s);
            fail(p, msg);
        }
        utf8_put(&s, &n, &cap, c, p);
        first = false;
    }
    p->pos++; /* '>' */
    return s;
}

/* The name at src[at] (after "(?<"), or NULL if it is malformed: the main
 * pass reports that error at its place. */
static char *try_group_name(Parser *p, uint32_t at)
{
    ReError *real = p->err, scratch;
    jmp_buf outer;
    memcpy(outer, p->jb, sizeof outer);
    p->err = &scratch;
    p->pos = at;
    char *volatile name = NULL;
    if (setjmp(p->jb) == 0)
        name = parse_group_name(p, "");
    memcpy(p->jb, outer, sizeof outer);
    p->err = real;
    return name;
}

/* Counts the capturing groups and records their names (errors in names are
 * left to the second pass, which reports them at the right place). */
static void prescan(Parser *p)
{
    uint32_t n = 1;
    int class_depth = 0;
    for (uint32_t i = 0; i < p->len; i++) {
        uint16_t c = p->src[i];
        if (c == '\\') {
            i++;
        } else if (c == '[') {
            if (p->v)
                class_depth++;
            else
                class_depth = 1;
        } else if (c == ']') {
            if (class_depth)
                class_depth--;
        } else if (c == '(' && !class_depth) {
            if (i + 1 < p->len && p->src[i + 1] == '?') {
                if (i + 2 < p->len && p->src[i + 2] == '<' && i + 3 < p->len &&
                    p->src[i + 3] != '=' && p->src[i + 3] != '!') {
                    n++;
                    p->has_names = true;
                }
            } else {
                n++;
            }
        }
    }
    p->total_caps = n;
    p->groups = calloc(n, sizeof(GroupInfo));
    if (!p->groups)
        fail(p, "Out of memory");
    /* second sweep for the names, now that the array exists */
    if (!p->has_names)
        return;
    uint32_t g = 1, save = p->pos;
    class_depth = 0;
    for (uint32_t i = 0; i < p->len && g < n; i++) {
        uint16_t c = p->src[i];
        if (c == '\\') {
            i++;
        } else if (c == '[') {
            class_depth = p->v ? class_depth + 1 : 1;
        } else if (c == ']') {
            if (class_depth)
                class_depth--;
        } else if (c == '(' && !class_depth) {
            if (i + 1 < p->len && p->src[i + 1] == '?') {
                if (i + 2 < p->len && p->src[i + 2] == '<' && i + 3 < p->len &&
                    p->src[i + 3] != '=' && p->src[i + 3] != '!') {
                    p->groups[g].name = try_group_name(p, i + 3);
                    g++;
                }
            } else {
                g++;
            }
        }
    }
    p->pos = save;
}

/* ---- emitting ------------------------------------------------------------------ */

static uint8_t back_op(bool back, uint8_t op) { return (uint8_t)(back ? op | RE_BACK : op); }

static void emit_char(Parser *p, uint32_t c, bool back)
{
    if (p->ic) {
        emit_u8(p, back_op(back, OP_CHAR_I));
        emit_u32(p, re_canonicalize(c, p->u));
    } else {
        emit_u8(p, back_op(back, OP_CHAR));
        emit_u32(p, c);
    }
}

static void emit_class(Parser *p, Ranges *s, bool invert, bool back)
{
    if (p->validate)
        return;
    ranges_normalize(s);
    if (p->ic)
        ranges_canonicalize(p, s);
    emit_u8(p, back_op(back, p->ic ? OP_CLASS_I : OP_CLASS));
    emit_u8(p, invert);
    emit_u32(p, s->n);
    for (uint32_t i = 0; i < 2 * s->n; i++)
        emit_u32(p, s->r[i]);
}

static void emit_jump(Parser *p, uint8_t op, size_t target)
{
    emit_u8(p, op);
    emit_u32(p, (uint32_t)(int32_t)((int64_t)target - (int64_t)(p->code.len + 4)));
}

/* ---- the grammar ----------------------------------------------------------------- */

static bool parse_disjunction(Parser *p, bool back);

/* Reads the character escape after '\' (p->pos at the letter) common to
 * atoms and classes. Returns the code point; fails on what unicode mode
 * forbids; in Annex B mode returns -1 for "\c" without a letter (the
 * backslash is then a literal and p->pos stays at 'c'). */
static int32_t parse_char_escape(Parser *p, bool in_class)
{
    int c0 = peek(p);
    if (c0 < 0)
        fail(p, "\\ at end of pattern");
    uint32_t c = (uint32_t)c0;
    p->pos++;
    switch (c) {
    case 'f': return 0x0C;
    case 'n': return 0x0A;
    case 'r': return 0x0D;
    case 't': return 0x09;
    case 'v': return 0x0B;
    case 'c': {
        int l = peek(p);
        if (l >= 0 && (((uint32_t)l | 32) >= 'a' && ((uint32_t)l | 32) <= 'z')) {
            p->pos++;
            return l % 32;
        }
        if (!p->u && in_class && l >= 0 && ((l >= '0' && l <= '9') || l == '_')) {
            p->pos++;
            return l % 32;
        }
        if (p->u)
            fail(p, in_class ? "Invalid class escape" : "Invalid unicode escape");
        p->pos--; /* back at 'c': the '\' is a literal */
        return -1;
    }
    case '0':
        if (peek(p) < '0' || peek(p) > '9')
            return 0;
        if (p->u)
            fail(p, in_class ? "Invalid class escape" : "Invalid decimal escape");
        __attribute__((fallthrough)); /* a legacy octal escape */
    case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        if (p->u)
            fail(p, in_class ? "Invalid class escape" : "Invalid escape");
        uint32_t v = c - '0';
        if (peek(p) >= '0' && peek(p) <= '7') {
            v = v * 8 + (uint32_t)(peek(p) - '0');
            p->pos++;
            if (c <= '3' && peek(p) >= '0' && peek(p) <= '7') {
                v = v * 8 + (uint32_t)(peek(p) - '0');
                p->pos++;
            }
        }
        return (int32_t)v;
    }
    case '8': case '9':
        if (p->u)
            fail(p, in_class ? "Invalid class escape" : "Invalid escape");
        return (int32_t)c;
    case 'x': {
        int a = peek(p), b = peek_at(p, 1);
        if (a >= 0 && b >= 0 && hexval((uint32_t)a) >= 0 && hexval((uint32_t)b) >= 0) {
            p->pos += 2;
            return hexval((uint32_t)a) * 16 + hexval((uint32_t)b);
        }
        if (p->u)
            fail(p, "Invalid escape");
        return 'x';
    }
    case 'u': {
        int32_t v = parse_u_escape(p, p->u, p->u);
        if (v >= 0)
            return v;
        if (p->u)
            fail(p, "Invalid Unicode escape");
        return 'u';
    }
    default:
        break;
    }
    if (p->u) {
        if (c == '-' && in_class)
            return '-';
        if (c < 128 && strchr("^$\\.*+?()[]{}|/", (int)c) && c)
            return (int32_t)c;
        fail(p, in_class ? "Invalid class escape" : "Invalid escape");
    }
    if (c == 'k' && p->has_names && !in_class)
        fail(p, "Invalid named reference");
    if (is_lead(c) && peek(p) >= 0 && is_trail((uint32_t)peek(p)) && p->u) {
        uint32_t t = (uint32_t)peek(p);
        p->pos++;
        return (int32_t)(0x10000 + ((c - 0xD800) << 10) + (t - 0xDC00));
    }
    return (int32_t)c;
}

/* Reads one source character (a code point in unicode mode). */
static uint32_t next_char(Parser *p)
{
    uint32_t c = p->src[p->pos++];
    if (p->u && is_lead(c) && p->pos < p->len && is_trail(p->src[p->pos]))
        c = 0x10000 + ((c - 0xD800) << 10) + (p->src[p->pos++] - 0xDC00);
    return c;
}

/* \p{...} / \P{...} after the 'p'/'P' (unicode mode). */
static void parse_property(Parser *p, Ranges *s, bool negate)
{
    if (peek(p) != '{')
        fail(p, "Invalid property name");
    p->pos++;
    uint32_t start = p->pos, eq = 0;
    while (peek(p) >= 0 && peek(p) != '}') {
        int c = peek(p);
        if (c == '=' && !eq)
            eq = p->pos;
        else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '_'))
            fail(p, "Invalid property name");
        p->pos++;
    }
    if (peek(p) != '}' || p->pos == start)
        fail(p, "Invalid property name");
    uint32_t end = p->pos++;
    Ranges t = {0};
    if (eq)
        add_property(p, &t, p->src + start, eq - start, p->src + eq + 1, end - eq - 1);
    else
        add_property(p, &t, p->src + start, end - start, NULL, 0);
    if (negate && !p->validate)
        ranges_invert(p, &t, 0x10FFFF);
    ranges_union(p, s, &t);
    free(t.r);
}

/* One ClassAtom. Returns the code point, or -2 when it added a set (a class
 * escape) to `set`. */
static int32_t parse_class_atom(Parser *p, Ranges *set)
{
    if (peek(p) < 0)
        fail(p, "Unterminated character class");
    if (peek(p) != '\\')
        return (int32_t)next_char(p);
    p->pos++;
    int k = peek(p);
    switch (k) {
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        p->pos++;
        add_class_escape(p, set, (uint16_t)k);
        return -2;
    case 'p': case 'P':
        if (p->u) {
            p->pos++;
            parse_property(p, set, k == 'P');
            return -2;
        }
        break;
    case 'b':
        p->pos++;
        return 0x08;
    case '-':
        if (p->u) {
            p->pos++;
            return '-';
        }
        break;
    default:
        break;
    }
    int32_t c = parse_char_escape(p, true);
    return c == -1 ? '\\' : c;
}

/* ---- v-mode classes (ClassSetExpression) ------------------------------------------ */

static void parse_class_v(Parser *p, Ranges *out);

static bool v_reserved_double(int a, int b)
{
    return a == b && a >= 0 && strchr("&!#$%*+,.:;<=>?@^`~", a) && a;
}

/* A ClassSetOperand: a nested class, a class escape, \q{...} or a character;
 * adds it to out. Returns the code point for a lone character (a range may
 * follow), else -2. */
static int32_t parse_class_v_operand(Parser *p, Ranges *out)
{
    int c = peek(p);
    if (c < 0)
        fail(p, "Unterminated character class");
    if (c == '[') {
        p->pos++;
        Ranges t = {0};
        parse_class_v(p, &t);
        ranges_union(p, out, &t);
        free(t.r);
        return -2;
    }
    if (c == '\\') {
        int k = peek_at(p, 1);
        if (k == 'q' && peek_at(p, 2) == '{') {
            /* \q{a|b}: only single characters are supported in a set */
            p->pos += 3;
            while (peek(p) != '}') {
                if (peek(p) < 0)
                    fail(p, "Unterminated character class");
                uint32_t s0 = p->pos;
                int32_t ch = -1;
                int count = 0;
                while (peek(p) >= 0 && peek(p) != '|' && peek(p) != '}') {
                    if (peek(p) == '\\') {
                        p->pos++;
                        ch = parse_char_escape(p, true);
                    } else {
                        ch = (int32_t)next_char(p);
                    }
                    count++;
                }
                (void)s0;
                if (count > 1)
                    fail(p, "Invalid set operation in character class"); /* strings: unsupported */
                if (count == 1)
                    ranges_add(p, out, (uint32_t)ch, (uint32_t)ch);
                if (peek(p) == '|')
                    p->pos++;
            }
            p->pos++;
            return -2;
        }
        Ranges t = {0};
        int32_t ch = parse_class_atom(p, &t);
        if (ch == -2) {
            ranges_union(p, out, &t);
            free(t.r);
            return -2;
        }
        free(t.r);
        return ch;
    }
    if (v_reserved_double(c, peek_at(p, 1)))
        fail(p, "Invalid set operation in character class");
    if (c < 128 && c && strchr("()[]{}/-|", c))
        fail(p, "Invalid character in character class");
    return (int32_t)next_char(p);
}

/* ClassSetExpression after '[' (and its '^'), through the closing ']':
 * a union of operands and ranges, or operands joined by one kind of
 * operator (&& or --), never both. */
static void parse_class_v(Parser *p, Ranges *out)
{
    if (++p->depth > MAX_DEPTH)
        fail(p, "Regular expression too large");
    bool invert = false;
    if (peek(p) == '^') {
        p->pos++;
        invert = true;
    }
    int op = 0; /* 1 intersection, 2 subtraction */
    uint32_t count = 0;
    Ranges acc = {0};
    while (peek(p) != ']') {
        if (peek(p) < 0)
            fail(p, "Unterminated character class");
        int kind = peek(p) == '&' && peek_at(p, 1) == '&' ? 1
                 : peek(p) == '-' && peek_at(p, 1) == '-' ? 2 : 0;
        if (kind) {
            if (count == 0 || (op == 0 && count > 1) || (op != 0 && op != kind))
                fail(p, "Invalid set operation in character class");
            op = kind;
            p->pos += 2;
            if (kind == 1 && peek(p) == '&')
                fail(p, "Invalid character in character class");
            Ranges t = {0};
            int32_t ch = parse_class_v_operand(p, &t);
            if (ch >= 0)
                ranges_add(p, &t, (uint32_t)ch, (uint32_t)ch);
            ranges_normalize(&t);
            ranges_normalize(&acc);
            if (kind == 1)
                ranges_intersect(p, &acc, &t);
            else
                ranges_subtract(p, &acc, &t);
            free(t.r);
            count++;
            continue;
        }
        if (op != 0)
            fail(p, "Invalid set operation in character class");
        Ranges t = {0};
        int32_t ch = parse_class_v_operand(p, &t);
        if (ch >= 0 && peek(p) == '-' && peek_at(p, 1) != '-') {
            p->pos++;
            int32_t hi = parse_class_v_operand(p, &t);
            if (hi < 0)
                fail(p, "Invalid character class");
            if (hi < ch)
                fail(p, "Range out of order in character class");
            ranges_add(p, &t, (uint32_t)ch, (uint32_t)hi);
        } else if (ch >= 0) {
            ranges_add(p, &t, (uint32_t)ch, (uint32_t)ch);
        }
        ranges_union(p, &acc, &t);
        free(t.r);
        count++;
    }
    p->pos++;
    ranges_normalize(&acc);
    if (invert)
        ranges_invert(p, &acc, 0x10FFFF);
    ranges_union(p, out, &acc);
    free(acc.r);
    p->depth--;
}

/* CharacterClass after '['. */
static void parse_class(Parser *p, bool back)
{
    Ranges *s = &p->tmp[0];
    s->n = 0;
    if (p->v) {
        bool invert = peek(p) == '^';
        if (invert)
            p->pos++;
        Ranges t = {0};
        /* parse_class_v handles its own '^'; we took it here to keep the invert
         * flag of the matcher (the complement is the same set) */
        parse_class_v(p, &t);
        ranges_union(p, s, &t);
        free(t.r);
        emit_class(p, s, invert, back);
        return;
    }
    bool invert = false;
    if (peek(p) == '^') {
        p->pos++;
        invert = true;
    }
    for (;;) {
        if (peek(p) < 0)
            fail(p, "Unterminated character class");
        if (peek(p) == ']') {
            p->pos++;
            break;
        }
        int32_t a = parse_class_atom(p, s);
        if (peek(p) == '-' && peek_at(p, 1) != ']' && peek_at(p, 1) >= 0) {
            p->pos++;
            int32_t b = parse_class_atom(p, s);
            if (a == -2 || b == -2) {
                if (p->u)
                    fail(p, "Invalid character class");
                if (a >= 0)
                    ranges_add(p, s, (uint32_t)a, (uint32_t)a);
                if (b >= 0)
                    ranges_add(p, s, (uint32_t)b, (uint32_t)b);
                ranges_add(p, s, '-', '-');
                continue;
            }
            if (a > b)
                fail(p, "Range out of order in character class");
            ranges_add(p, s, (uint32_t)a, (uint32_t)b);
        } else if (a >= 0) {
            ranges_add(p, s, (uint32_t)a, (uint32_t)a);
        }
    }
    emit_class(p, s, invert, back);
}

/* Parses {n}, {n,}, {n,m} at '{'. Returns false (p->pos unchanged) when the
 * text is not a quantifier. */
static bool parse_braces(Parser *p, uint32_t *min, uint32_t *max)
{
    uint32_t save = p->pos;
    p->pos++;
    uint64_t a = 0, b;
    int digits = 0;
    while (peek(p) >= '0' && peek(p) <= '9') {
        a = a * 10 + (uint64_t)(peek(p) - '0');
        if (a > RE_INF - 1)
            a = RE_INF - 1;
        p->pos++;
        digits++;
    }
    if (!digits) {
        p->pos = save;
        return false;
    }
    b = a;
    if (peek(p) == ',') {
        p->pos++;
        if (peek(p) >= '0' && peek(p) <= '9') {
            b = 0;
            while (peek(p) >= '0' && peek(p) <= '9') {
                b = b * 10 + (uint64_t)(peek(p) - '0');
                if (b > RE_INF - 1)
                    b = RE_INF - 1;
                p->pos++;
            }
        } else {
            b = RE_INF;
        }
    }
    if (peek(p) != '}') {
        p->pos = save;
        return false;
    }
    p->pos++;
    *min = (uint32_t)a;
    *max = (uint32_t)b;
    return true;
}

static bool is_simple_atom(Parser *p, size_t start)
{
    if (p->validate || p->code.len == start)
        return false;
    uint8_t op = p->code.p[start] & (uint8_t)~RE_BACK;
    size_t n = p->code.len - start;
    switch (op) {
    case OP_CHAR: case OP_CHAR_I: return n == 5;
    case OP_ANY: case OP_DOT: return n == 1;
    case OP_CLASS: case OP_CLASS_I: return n == 6 + 8 * (size_t)re_get_u32(p->code.p + start + 2);
    default: return false;
    }
}

/* Applies the quantifier at p->pos (if any) to the atom emitted at
 * [start, len); `empty` says whether the atom can match the empty string,
 * groups c0+1..c1 are inside it. Returns whether the quantified atom can
 * match the empty string. */
static bool parse_quantifier(Parser *p, size_t start, bool empty, uint32_t c0, uint32_t c1)
{
    uint32_t min, max;
    int c = peek(p);
    if (c == '*') {
        min = 0, max = RE_INF;
        p->pos++;
    } else if (c == '+') {
        min = 1, max = RE_INF;
        p->pos++;
    } else if (c == '?') {
        min = 0, max = 1;
        p->pos++;
    } else if (c == '{') {
        if (!parse_braces(p, &min, &max)) {
            if (p->u)
                fail(p, "Incomplete quantifier");
            return empty;
        }
        if (min > max)
            fail(p, "numbers out of order in {} quantifier");
    } else {
        return empty;
    }
    bool greedy = true;
    if (peek(p) == '?') {
        p->pos++;
        greedy = false;
    }
    bool result = empty || min == 0;
    if (p->validate)
        return result;
    size_t alen = p->code.len - start;
    if (max == 0) {
        p->code.len = start;
        return true;
    }
    if (min == 1 && max == 1)
        return result;
    bool simple = is_simple_atom(p, start);
    if (simple && max == RE_INF && min <= 1) {
        /* [X] L: SPLIT -> END; X; GOTO L; END: */
        size_t loop = start;
        if (min == 1) {
            buf_reserve(p, alen);
            memcpy(p->code.p + p->code.len, p->code.p + start, alen);
            p->code.len += alen;
            loop = start + alen;
        }
        insert_gap(p, loop, 5);
        size_t end = p->code.len + 5;
        p->code.p[loop] = greedy ? OP_SPLIT_GREEDY : OP_SPLIT_LAZY;
        put_i32(p, loop + 1, (int32_t)(end - (loop + 5)));
        emit_jump(p, OP_GOTO, loop);
        return result;
    }
    if (min == 0 && max == 1 && !empty) {
        insert_gap(p, start, 5);
        p->code.p[start] = greedy ? OP_SPLIT_GREEDY : OP_SPLIT_LAZY;
        put_i32(p, start + 1, (int32_t)(p->code.len - (start + 5)));
        return result;
    }
    /* The general loop:
     *     SET_REG cnt, 0
     *  L: LOOP cnt, min, max, greedy -> END
     *     RESET groups; SET_POS pos (if X can be empty)
     *     X
     *     CHECK_ADV pos, cnt, min; INC_REG cnt; GOTO L
     *  END: */
    uint32_t ncap_slots = 2 * p->total_caps;
    uint32_t cnt = ncap_slots + p->nregs++;
    uint32_t posr = empty ? ncap_slots + p->nregs++ : 0;
    size_t head = 9 + 18 + (c1 > c0 ? 9 : 0) + (empty ? 5 : 0);
    insert_gap(p, start, head);
    uint8_t *h = p->code.p + start;
    size_t k = 0;
    h[k++] = OP_SET_REG;
    memcpy(h + k, &cnt, 4), k += 4;
    memset(h + k, 0, 4), k += 4;
    size_t loop = start + k;
    h[k++] = OP_LOOP;
    memcpy(h + k, &cnt, 4), k += 4;
    memcpy(h + k, &min, 4), k += 4;
    memcpy(h + k, &max, 4), k += 4;
    h[k++] = greedy;
    size_t loop_off = start + k;
    k += 4;
    if (c1 > c0) {
        uint32_t first = 2 * (c0 + 1), count = 2 * (c1 - c0);
        h[k++] = OP_RESET;
        memcpy(h + k, &first, 4), k += 4;
        memcpy(h + k, &count, 4), k += 4;
    }
    if (empty) {
        h[k++] = OP_SET_POS;
        memcpy(h + k, &posr, 4), k += 4;
    }
    if (empty) {
        emit_u8(p, OP_CHECK_ADV);
        emit_u32(p, posr);
        emit_u32(p, cnt);
        emit_u32(p, min);
    }
    emit_u8(p, OP_INC_REG);
    emit_u32(p, cnt);
    emit_jump(p, OP_GOTO, loop);
    put_i32(p, loop_off, (int32_t)(p->code.len - (loop_off + 4)));
    return result;
}

static void check_group_name(Parser *p, uint32_t g)
{
    GroupInfo *gi = &p->groups[g];
    gi->path = xrealloc(p, NULL, (p->path_len + 1) * sizeof(uint32_t));
    memcpy(gi->path, p->path, p->path_len * sizeof(uint32_t));
    gi->path_len = p->path_len;
    for (uint32_t i = 1; i < g; i++) {
        GroupInfo *o = &p->groups[i];
        if (!o->name || strcmp(o->name, gi->name) != 0)
            continue;
        /* compatible only if they sit in different alternatives of one
         * disjunction on both paths */
        bool ok = false;
        for (uint32_t k = 0; k + 1 < o->path_len && k + 1 < gi->path_len; k += 2) {
            if (o->path[k] != gi->path[k])
                break;
            if (o->path[k + 1] != gi->path[k + 1]) {
                ok = true;
                break;
            }
        }
        if (!ok)
            fail(p, "Duplicate capture group name");
    }
}

/* Term (an assertion, or an atom with an optional quantifier). Returns
 * whether it can match the empty string. */
static bool parse_term(Parser *p, bool back)
{
    size_t start = p->code.len;
    uint32_t c0 = p->ncaps;
    bool empty = false;
    int c = peek(p);
    switch (c) {
    case '^':
        p->pos++;
        emit_u8(p, p->flags & RE_FLAG_MULTILINE ? OP_BOL_M : OP_BOL);
        goto assertion;
    case '$':
        p->pos++;
        emit_u8(p, p->flags & RE_FLAG_MULTILINE ? OP_EOL_M : OP_EOL);
        goto assertion;
    case '.':
        p->pos++;
        emit_u8(p, back_op(back, p->flags & RE_FLAG_DOTALL ? OP_ANY : OP_DOT));
        break;
    case '(': {
        if (++p->depth > MAX_DEPTH)
            fail(p, "Regular expression too large");
        p->pos++;
        if (peek(p) == '?') {
            int k = peek_at(p, 1);
            if (k == ':') {
                p->pos += 2;
                empty = parse_disjunction(p, back);
            } else if (k == '=' || k == '!' ||
                       (k == '<' && (peek_at(p, 2) == '=' || peek_at(p, 2) == '!'))) {
                bool behind = k == '<';
                bool neg = (behind ? peek_at(p, 2) : k) == '!';
                p->pos += behind ? 3 : 2;
                emit_u8(p, OP_LOOK);
                emit_u8(p, neg);
                size_t off = p->code.len;
                emit_u32(p, 0);
                parse_disjunction(p, behind);
                emit_u8(p, OP_LOOK_END);
                put_i32(p, off, (int32_t)(p->code.len - (off + 4)));
                if (peek(p) != ')')
                    fail(p, "Unterminated group");
                p->pos++;
                p->depth--;
                if (behind || p->u) {
                    c = peek(p);
                    if (c == '*' || c == '+' || c == '?')
                        fail(p, "Nothing to repeat");
                    uint32_t mn, mx, save = p->pos;
                    if (c == '{' && parse_braces(p, &mn, &mx)) {
                        p->pos = save;
                        fail(p, "Nothing to repeat");
                    }
                    return true;
                }
                parse_quantifier(p, start, true, c0, p->ncaps);
                return true;
            } else if (k == '<') {
                p->pos += 2;
                uint32_t g = ++p->ncaps;
                char *nm = parse_group_name(p, "Invalid capture group name");
                if (p->groups[g].name)
                    free(p->groups[g].name);
                p->groups[g].name = nm;
                check_group_name(p, g);
                emit_u8(p, OP_SAVE);
                emit_u32(p, 2 * g + back);
                empty = parse_disjunction(p, back);
                emit_u8(p, OP_SAVE);
                emit_u32(p, 2 * g + !back);
            } else {
                fail(p, "Invalid group");
            }
        } else {
            uint32_t g = ++p->ncaps;
            emit_u8(p, OP_SAVE);
            emit_u32(p, 2 * g + back);
            empty = parse_disjunction(p, back);
            emit_u8(p, OP_SAVE);
            emit_u32(p, 2 * g + !back);
        }
        if (peek(p) != ')')
            fail(p, "Unterminated group");
        p->pos++;
        p->depth--;
        break;
    }
    case '[':
        p->pos++;
        parse_class(p, back);
        break;
    case '*': case '+': case '?':
        fail(p, "Nothing to repeat");
    case '{': {
        uint32_t mn, mx, save = p->pos;
        if (parse_braces(p, &mn, &mx)) {
            p->pos = save;
            fail(p, "Nothing to repeat");
        }
        if (p->u)
            fail(p, "Lone quantifier brackets");
        p->pos++;
        emit_char(p, '{', back);
        break;
    }
    case ']': case '}':
        if (p->u)
            fail(p, "Lone quantifier brackets");
        p->pos++;
        emit_char(p, (uint32_t)c, back);
        break;
    case '\\': {
        p->pos++;
        int k = peek(p);
        if (k == 'b' || k == 'B') {
            p->pos++;
            emit_u8(p, k == 'b' ? OP_WORDB : OP_NWORDB);
            goto assertion;
        }
        if (k >= '1' && k <= '9') {
            uint32_t save = p->pos;
            uint64_t n = 0;
            while (peek(p) >= '0' && peek(p) <= '9') {
                n = n * 10 + (uint64_t)(peek(p) - '0');
                if (n > 1000000)
                    n = 1000000;
                p->pos++;
            }
            if (n < p->total_caps) {
                emit_u8(p, back_op(back, p->ic ? OP_BACKREF_I : OP_BACKREF));
                emit_u8(p, 1);
                emit_u32(p, (uint32_t)n);
                empty = true;
                break;
            }
            if (p->u)
                fail(p, "Invalid escape");
            p->pos = save;
        } else if (k == 'k' && (p->u || p->has_names)) {
            p->pos++;
            if (peek(p) != '<')
                fail(p, "Invalid named reference");
            p->pos++;
            char *nm = parse_group_name(p, "Invalid named reference");
            uint32_t found[256], nf = 0;
            for (uint32_t g = 1; g < p->total_caps; g++)
                if (p->groups[g].name && strcmp(p->groups[g].name, nm) == 0 && nf < 256)
                    found[nf++] = g;
            free(nm);
            if (!nf)
                fail(p, "Invalid named capture referenced");
            emit_u8(p, back_op(back, p->ic ? OP_BACKREF_I : OP_BACKREF));
            emit_u8(p, (uint8_t)nf);
            for (uint32_t i = 0; i < nf; i++)
                emit_u32(p, found[i]);
            empty = true;
            break;
        } else if (k == 'd' || k == 'D' || k == 's' || k == 'S' || k == 'w' || k == 'W') {
            p->pos++;
            Ranges *s = &p->tmp[1];
            s->n = 0;
            add_class_escape(p, s, (uint16_t)k);
            emit_class(p, s, false, back);
            break;
        } else if ((k == 'p' || k == 'P') && p->u) {
            p->pos++;
            Ranges *s = &p->tmp[1];
            s->n = 0;
            parse_property(p, s, k == 'P');
            emit_class(p, s, false, back);
            break;
        }
        int32_t ch = parse_char_escape(p, false);
        emit_char(p, ch == -1 ? '\\' : (uint32_t)ch, back);
        break;
    }
    default:
        emit_char(p, next_char(p), back);
        break;
    }
    return parse_quantifier(p, start, empty, c0, p->ncaps);

assertion:
    c = peek(p);
    if (c == '*' || c == '+' || c == '?')
        fail(p, "Nothing to repeat");
    if (c == '{') {
        uint32_t mn, mx, save = p->pos;
        if (parse_braces(p, &mn, &mx)) {
            p->pos = save;
            fail(p, "Nothing to repeat");
        }
    }
    return true;
}

/* Alternative :: Term*; returns whether it can match empty. */
static bool parse_alternative(Parser *p, bool back)
{
    size_t alt_start = p->code.len;
    bool empty = true;
    while (p->pos < p->len && peek(p) != '|' && peek(p) != ')') {
        size_t term_start = p->code.len;
        if (!parse_term(p, back))
            empty = false;
        if (back)
            rotate_to(p, alt_start, term_start);
    }
    return empty;
}

/* Disjunction :: Alternative ('|' Alternative)*:
 *     SPLIT -> L2; alt1; GOTO END; L2: SPLIT -> L3; alt2; GOTO END; L3: alt3; END: */
static bool parse_disjunction(Parser *p, bool back)
{
    uint32_t id = p->next_disj++, alt = 0;
    if (p->path_len + 2 > p->path_cap) {
        p->path_cap = p->path_cap ? p->path_cap * 2 : 32;
        p->path = xrealloc(p, p->path, p->path_cap * sizeof(uint32_t));
    }
    uint32_t base = p->path_len;
    p->path[base] = id;
    p->path[base + 1] = alt;
    p->path_len += 2;
    size_t start = p->code.len;
    bool empty = parse_alternative(p, back);
    size_t *gotos = NULL;
    size_t ngotos = 0;
    while (peek(p) == '|') {
        p->pos++;
        p->path[base + 1] = ++alt;
        insert_gap(p, start, 5);
        if (!p->validate) {
            p->code.p[start] = OP_SPLIT_GREEDY;
            gotos = xrealloc(p, gotos, (ngotos + 1) * sizeof *gotos);
            gotos[ngotos++] = p->code.len + 1;
            emit_jump(p, OP_GOTO, 0);
            put_i32(p, start + 1, (int32_t)(p->code.len - (start + 5)));
        }
        start = p->code.len;
        if (parse_alternative(p, back))
            empty = true;
    }
    for (size_t i = 0; i < ngotos; i++)
        put_i32(p, gotos[i], (int32_t)(p->code.len - (gotos[i] + 4)));
    free(gotos);
    p->path_len = base;
    return empty;
}

/* ---- entry points ------------------------------------------------------------------ */

int re_parse_flags(const uint16_t *s, size_t n, uint32_t *flags)
{
    uint32_t f = 0;
    for (size_t i = 0; i < n; i++) {
        const char *k = s[i] < 128 && s[i] ? strchr(RE_FLAG_CHARS, s[i]) : NULL;
        if (!k)
            return -1;
        uint32_t bit = 1u << (k - RE_FLAG_CHARS);
        if (f & bit)
            return -1;
        f |= bit;
    }
    if ((f & RE_FLAG_UNICODE) && (f & RE_FLAG_UNICODE_SETS))
        return -1;
    *flags = f;
    return 0;
}

static void parser_free(Parser *p)
{
    free(p->code.p);
    if (p->groups)
        for (uint32_t i = 0; i < p->total_caps; i++) {
            free(p->groups[i].name);
            free(p->groups[i].path);
        }
    free(p->groups);
    free(p->path);
    for (int i = 0; i < 4; i++)
        free(p->tmp[i].r);
}

uint8_t *re_compile(const uint16_t *pattern, uint32_t len, uint32_t flags, size_t *size,
                    ReError *err)
{
    Parser *p = calloc(1, sizeof *p);
    if (!p) {
        snprintf(err->msg, sizeof err->msg, "Out of memory");
        err->pos = 0;
        return NULL;
    }
    p->src = pattern;
    p->len = len;
    p->flags = flags & 0xFFFF;
    p->v = flags & RE_FLAG_UNICODE_SETS;
    p->u = (flags & RE_FLAG_UNICODE) || p->v;
    p->ic = flags & RE_FLAG_IGNORECASE;
    p->validate = flags & RE_VALIDATE_ONLY;
    p->err = err;
    p->ncaps = 0;
    if (setjmp(p->jb)) {
        parser_free(p);
        free(p);
        return NULL;
    }
    prescan(p);
    emit_u8(p, OP_SAVE);
    emit_u32(p, 0);
    parse_disjunction(p, false);
    if (p->pos < p->len) /* stopped at ')' */
        fail(p, "Unmatched ')'");
    emit_u8(p, OP_SAVE);
    emit_u32(p, 1);
    emit_u8(p, OP_MATCH);
    uint8_t *out;
    if (p->validate) {
        out = malloc(1);
        if (!out)
            fail(p, "Out of memory");
        *size = 1;
    } else {
        size_t names = 0;
        bool any = false;
        for (uint32_t g = 1; g < p->total_caps; g++) {
            names += (p->groups[g].name ? strlen(p->groups[g].name) : 0) + 1;
            any |= p->groups[g].name != NULL;
        }
        size_t total = sizeof(ReHeader) + p->code.len + (any ? names : 0);
        out = malloc(total);
        if (!out)
            fail(p, "Out of memory");
        ReHeader h = {RE_MAGIC, flags & 0xFFFF, p->total_caps, p->nregs, (uint32_t)p->code.len,
                      any ? (uint32_t)(sizeof(ReHeader) + p->code.len) : 0};
        memcpy(out, &h, sizeof h);
        memcpy(out + sizeof h, p->code.p, p->code.len);
        if (any) {
            char *o = (char *)out + h.names_off;
            for (uint32_t g = 1; g < p->total_caps; g++) {
                const char *nm = p->groups[g].name ? p->groups[g].name : "";
                size_t n = strlen(nm) + 1;
                memcpy(o, nm, n);
                o += n;
            }
        }
        *size = total;
    }
    parser_free(p);
    free(p);
    return out;
}

uint32_t re_capture_count(const uint8_t *prog) { return ((const ReHeader *)prog)->ncaps; }
uint32_t re_flags(const uint8_t *prog) { return ((const ReHeader *)prog)->flags; }
bool re_has_named_groups(const uint8_t *prog) { return ((const ReHeader *)prog)->names_off != 0; }

const char *re_group_name(const uint8_t *prog, uint32_t i)
{
    const ReHeader *h = (const ReHeader *)prog;
    if (!h->names_off || i == 0 || i >= h->ncaps)
        return NULL;
    const char *s = (const char *)prog + h->names_off;
    for (uint32_t g = 1; g < i; g++)
        s += strlen(s) + 1;
    return *s ? s : NULL;
}
