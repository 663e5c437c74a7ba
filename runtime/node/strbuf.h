/*
 * strbuf.h — growable UTF-8 text buffers and string lists for the node
 * layer (inspect, format, console, fatal error printing).
 *
 * Memory comes from the collector (atomic for characters, scanned for
 * lists), so nothing is ever freed by hand. Lengths are in bytes; the
 * JavaScript length of a piece (UTF-16 code units), which node's line
 * breaking measures, is js_utf8_u16len().
 */
#ifndef KILN_NODE_STRBUF_H
#define KILN_NODE_STRBUF_H

#include <stddef.h>
#include <stdint.h>
#include "kiln/runtime.h"

typedef struct StrBuf {
    char *p;        /* NUL-terminated after every operation */
    size_t len;     /* bytes, without the NUL */
    size_t cap;
} StrBuf;

void sb_init(StrBuf *b);
void sb_put(StrBuf *b, const char *s, size_t n);
void sb_puts(StrBuf *b, const char *s);
void sb_putc(StrBuf *b, char c);
void sb_spaces(StrBuf *b, int n);
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends code point cp as UTF-8 (lone surrogates are written as WTF-8). */
void sb_put_cp(StrBuf *b, uint32_t cp);
/* Appends the UTF-8 form of a JavaScript string value. */
void sb_put_jsstring(StrBuf *b, JSValue s);
/* The text (b->p); the buffer may keep being used. Never NULL. */
char *sb_str(StrBuf *b);

/* A GC copy of s[0..n). */
char *str_ndup(const char *s, size_t n);
char *str_dup(const char *s);
/* printf into a fresh GC string. */
char *str_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Number of UTF-16 code units of UTF-8 text (JavaScript's .length). */
size_t js_utf8_u16len(const char *s, size_t n);
/* Display width (columns) as node's getStringWidth without colour
 * stripping: control characters and combining marks are 0, East Asian wide
 * and full-width characters and most emoji 2, everything else 1. */
size_t js_utf8_width(const char *s, size_t n);

typedef struct StrList {
    char **v;       /* GC memory (scanned) */
    uint32_t n, cap;
} StrList;

void sl_init(StrList *l);
void sl_push(StrList *l, char *s);
/* Joins the items with sep. */
char *sl_join(const StrList *l, const char *sep);

#endif /* KILN_NODE_STRBUF_H */
