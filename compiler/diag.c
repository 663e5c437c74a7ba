/* diag.c — clang-style diagnostics (see diag.h).
 *
 * The excerpt is the whole source line of the location's start (cut at 200
 * bytes around the caret for minified code), with control characters shown as
 * spaces so garbage input cannot mess up a terminal, and an underline of '^'
 * and '~' under the location's first line. Tabs in the line are copied into
 * the underline so it lines up. */
#include "diag.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

struct KcDiag {
  FILE *out;
  int errors;
  bool capped;   /* printing stopped after KC_DIAG_MAX_ERRORS */
  char **msgs;
  int nmsgs, cap;
};

KcDiag *kc_diag_new(FILE *out) {
  KcDiag *d = calloc(1, sizeof *d);
  if (d) d->out = out;
  return d;
}

void kc_diag_free(KcDiag *d) {
  if (!d) return;
  for (int i = 0; i < d->nmsgs; i++) free(d->msgs[i]);
  free(d->msgs);
  free(d);
}

int kc_diag_error_count(const KcDiag *d) { return d ? d->errors : 0; }
int kc_diag_message_count(const KcDiag *d) { return d ? d->nmsgs : 0; }
const char *kc_diag_message(const KcDiag *d, int i) {
  return d && i >= 0 && i < d->nmsgs ? d->msgs[i] : NULL;
}

static void keep(KcDiag *d, const char *text) {
  if (d->nmsgs >= 1000) return;
  if (d->nmsgs == d->cap) {
    int nc = d->cap ? d->cap * 2 : 8;
    char **nm = realloc(d->msgs, nc * sizeof *nm);
    if (!nm) return;
    d->msgs = nm;
    d->cap = nc;
  }
  char *c = strdup(text);
  if (c) d->msgs[d->nmsgs++] = c;
}

/* Length in bytes of the line terminator at p (0 if none). U+2028/2029 are
 * E2 80 A8/A9. */
static size_t line_term(const char *p, const char *end) {
  if (p >= end) return 0;
  if (*p == '\n' || *p == '\r') return 1;
  if ((unsigned char)p[0] == 0xE2 && end - p >= 3 && (unsigned char)p[1] == 0x80 &&
      ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9))
    return 3;
  return 0;
}

/* Display width of the character at *p (advancing *p): 0, 1 or 2. */
static int display_width(const char **p, const char *end) {
  unsigned char c = (unsigned char)**p;
  if (c < 0x80) {
    (*p)++;
    return 1;
  }
  utf8proc_int32_t cp;
  utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)*p, end - *p, &cp);
  if (n <= 0) {
    (*p)++;
    return 1;
  }
  *p += n;
  return utf8proc_charwidth(cp);
}

static void excerpt(FILE *out, const KcSource *src, SourceLoc loc) {
  const char *text = src->text, *end = src->text + src->len;
  size_t off = loc.offset <= src->len ? loc.offset : src->len;
  const char *ls = text + off;
  while (ls > text) {
    const char *q = ls - 1;
    if (*q == '\n' || *q == '\r') break;
    if (q - text >= 2 && (unsigned char)q[-2] == 0xE2 && (unsigned char)q[-1] == 0x80 &&
        ((unsigned char)q[0] == 0xA8 || (unsigned char)q[0] == 0xA9))
      break;
    ls--;
  }
  const char *le = text + off;
  while (le < end && !line_term(le, end)) le++;
  /* Very long lines (minified code): show a window around the caret. */
  const char *ws = ls, *we = le;
  if (text + off - ws > 100) {
    ws = text + off - 80;
    while (ws < text + off && ((unsigned char)*ws & 0xC0) == 0x80) ws++;
  }
  if (we - (text + off) > 120) {
    we = text + off + 100;
    while (we > text + off && ((unsigned char)*we & 0xC0) == 0x80) we--;
  }
  fputs("  ", out);
  for (const char *p = ws; p < we; p++) {
    unsigned char c = (unsigned char)*p;
    fputc(c == '\t' ? '\t' : (c < 0x20 || c == 0x7f) ? ' ' : c, out);
  }
  fputs("\n  ", out);
  /* pad by display width: wide (CJK, emoji) characters take two columns */
  for (const char *p = ws; p < text + off;) {
    if (*p == '\t') {
      fputc('\t', out);
      p++;
      continue;
    }
    int w = display_width(&p, text + off);
    for (int k = 0; k < w; k++) fputc(' ', out);
  }
  const char *te = text + off + (loc.length ? loc.length : 1);
  if (te > we) te = we;
  int width = 0;
  for (const char *p = text + off; p < te;) width += display_width(&p, te);
  fputc('^', out);
  for (int k = 1; k < width; k++) fputc('~', out);
  fputc('\n', out);
}

static void report(KcDiag *d, const KcSource *src, const SourceLoc *loc, const char *kind,
                   const char *fmt, va_list ap) {
  char msg[1024];
  vsnprintf(msg, sizeof msg, fmt, ap);
  char head[1400];
  if (src && loc)
    snprintf(head, sizeof head, "%s:%u:%u: %s: %s", src->path, loc->line, loc->col + 1, kind,
             msg);
  else
    snprintf(head, sizeof head, "%s: %s", kind, msg);
  keep(d, head);
  if (!d->out || d->capped) return;
  fprintf(d->out, "%s\n", head);
  if (src && loc) excerpt(d->out, src, *loc);
}

void kc_diag_error(KcDiag *d, const KcSource *src, SourceLoc loc, const char *fmt, ...) {
  if (!d) return;
  d->errors++;
  if (d->errors > KC_DIAG_MAX_ERRORS && !d->capped) {
    d->capped = true;
    if (d->out) fputs("error: too many errors emitted, stopping now\n", d->out);
  }
  va_list ap;
  va_start(ap, fmt);
  report(d, src, &loc, "error", fmt, ap);
  va_end(ap);
}

void kc_diag_note(KcDiag *d, const KcSource *src, SourceLoc loc, const char *fmt, ...) {
  if (!d) return;
  va_list ap;
  va_start(ap, fmt);
  report(d, src, &loc, "note", fmt, ap);
  va_end(ap);
}

void kc_diag_error_plain(KcDiag *d, const char *fmt, ...) {
  if (!d) return;
  d->errors++;
  va_list ap;
  va_start(ap, fmt);
  report(d, NULL, NULL, "error", fmt, ap);
  va_end(ap);
}
