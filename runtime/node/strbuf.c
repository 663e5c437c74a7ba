/*
 * strbuf.c — UTF-8 text buffers in collector memory for the node layer, and
 * the two measures of text that node's util.inspect uses: the JavaScript
 * length (UTF-16 code units) and the display width in terminal columns.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "node/strbuf.h"

void sb_init(StrBuf *b)
{
    b->cap = 64;
    b->p = rt_alloc_atomic(b->cap);
    b->p[0] = 0;
    b->len = 0;
}

static void sb_reserve(StrBuf *b, size_t extra)
{
    if (b->p == NULL)
        sb_init(b);
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap * 2;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *p = rt_alloc_atomic(cap);
    memcpy(p, b->p, b->len + 1);
    b->p = p;
    b->cap = cap;
}

void sb_put(StrBuf *b, const char *s, size_t n)
{
    sb_reserve(b, n);
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

void sb_puts(StrBuf *b, const char *s) { sb_put(b, s, strlen(s)); }

void sb_putc(StrBuf *b, char c) { sb_put(b, &c, 1); }

void sb_spaces(StrBuf *b, int n)
{
    if (n <= 0)
        return;
    sb_reserve(b, (size_t)n);
    memset(b->p + b->len, ' ', (size_t)n);
    b->len += (size_t)n;
    b->p[b->len] = 0;
}

void sb_printf(StrBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof tmp) {
        sb_put(b, tmp, (size_t)n);
        return;
    }
    sb_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void sb_put_cp(StrBuf *b, uint32_t cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp; n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F)); n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    sb_put(b, u, n);
}

void sb_put_jsstring(StrBuf *b, JSValue s)
{
    size_t n;
    char *u = js_string_to_utf8(s, &n);
    sb_put(b, u, n);
}

char *sb_str(StrBuf *b)
{
    if (b->p == NULL)
        sb_init(b);
    return b->p;
}

char *str_ndup(const char *s, size_t n)
{
    char *p = rt_alloc_atomic(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *str_dup(const char *s) { return str_ndup(s, strlen(s)); }

char *str_fmt(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return str_dup("");
    char *p = rt_alloc_atomic((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

/* Decodes one UTF-8 sequence (lenient: a stray byte counts as one unit). */
static uint32_t utf8_next(const unsigned char *s, size_t n, size_t *i)
{
    unsigned c = s[*i];
    if (c < 0x80) { (*i)++; return c; }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (len == 1 || *i + (size_t)len > n) { (*i)++; return 0xFFFD; }
    uint32_t cp = c & (0x3F >> (len - 1));
    for (int k = 1; k < len; k++)
        cp = (cp << 6) | (s[*i + (size_t)k] & 0x3F);
    *i += (size_t)len;
    return cp;
}

size_t js_utf8_u16len(const char *s, size_t n)
{
    size_t units = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { units++; i++; continue; }
        uint32_t cp = utf8_next((const unsigned char *)s, n, &i);
        units += cp >= 0x10000 ? 2 : 1;
    }
    return units;
}

static int is_zero_width(uint32_t c)
{
    return c <= 0x1F || (c >= 0x7F && c <= 0x9F) || (c >= 0x300 && c <= 0x36F) ||
           (c >= 0x200B && c <= 0x200F) || (c >= 0x20D0 && c <= 0x20FF) ||
           (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F) ||
           (c >= 0xE0100 && c <= 0xE01EF);
}

static int is_full_width(uint32_t c)
{
    return c >= 0x1100 && (
        c <= 0x115F || c == 0x2329 || c == 0x232A ||
        (c >= 0x2E80 && c <= 0x3247 && c != 0x303F) ||
        (c >= 0x3250 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0xA4C6) ||
        (c >= 0xA960 && c <= 0xA97C) || (c >= 0xAC00 && c <= 0xD7A3) ||
        (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE10 && c <= 0xFE19) ||
        (c >= 0xFE30 && c <= 0xFE6B) || (c >= 0xFF01 && c <= 0xFF60) ||
        (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1B000 && c <= 0x1B001) ||
        (c >= 0x1F200 && c <= 0x1F251) || (c >= 0x1F300 && c <= 0x1F64F) ||
        (c >= 0x1F680 && c <= 0x1F6FF) || (c >= 0x1F900 && c <= 0x1F9FF) ||
        (c >= 0x20000 && c <= 0x3FFFD));
}

size_t js_utf8_width(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { w += c >= 32 && c != 0x7F; i++; continue; }
        uint32_t cp = utf8_next((const unsigned char *)s, n, &i);
        w += is_full_width(cp) ? 2 : is_zero_width(cp) ? 0 : 1;
    }
    return w;
}

void sl_init(StrList *l)
{
    l->v = NULL;
    l->n = l->cap = 0;
}

void sl_push(StrList *l, char *s)
{
    if (l->n == l->cap) {
        uint32_t cap = l->cap ? l->cap * 2 : 8;
        char **v = rt_alloc_cell(cap * sizeof(char *));
        if (l->n)
            memcpy(v, l->v, l->n * sizeof(char *));
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = s;
}

char *sl_join(const StrList *l, const char *sep)
{
    StrBuf b;
    sb_init(&b);
    size_t seplen = strlen(sep);
    for (uint32_t i = 0; i < l->n; i++) {
        if (i)
            sb_put(&b, sep, seplen);
        sb_puts(&b, l->v[i]);
    }
    return sb_str(&b);
}
