/* source.c — reading source files into memory (see source.h). */
#include "source.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

KcSource *kc_source_from_memory(const char *path, const char *text, size_t len) {
  KcSource *s = calloc(1, sizeof *s);
  char *t = malloc(len + 1);
  char *p = strdup(path ? path : "<input>");
  if (!s || !t || !p) {
    free(s);
    free(t);
    free(p);
    return NULL;
  }
  if (len) memcpy(t, text, len);
  t[len] = 0;
  s->path = p;
  s->text = t;
  s->len = len;
  return s;
}

KcSource *kc_source_read(const char *path, KcDiag *diag) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!f) {
    if (diag) kc_diag_error_plain(diag, "cannot read %s: %s", path, strerror(errno));
    return NULL;
  }
  size_t cap = 1 << 16, len = 0;
  char *buf = malloc(cap);
  for (;;) {
    if (!buf) break;
    if (len == cap) {
      char *nb = realloc(buf, cap * 2);
      if (!nb) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
      cap *= 2;
    }
    size_t n = fread(buf + len, 1, cap - len, f);
    len += n;
    if (n == 0) break;
  }
  int err = ferror(f) ? errno : 0;
  if (f != stdin) fclose(f);
  if (!buf || err) {
    if (diag)
      kc_diag_error_plain(diag, "cannot read %s: %s", path,
                          buf ? strerror(err ? err : EIO) : "out of memory");
    free(buf);
    return NULL;
  }
  if (len > 0xFFFFFFF0u) {
    if (diag) kc_diag_error_plain(diag, "cannot read %s: file too large (4 GiB limit)", path);
    free(buf);
    return NULL;
  }
  KcSource *s = calloc(1, sizeof *s);
  char *p = strdup(path);
  char *t = len + 1 <= cap ? buf : realloc(buf, len + 1);
  if (!s || !p || !t) {
    free(s);
    free(p);
    free(t ? t : buf);
    if (diag) kc_diag_error_plain(diag, "cannot read %s: out of memory", path);
    return NULL;
  }
  t[len] = 0;
  s->path = p;
  s->text = t;
  s->len = len;
  return s;
}

void kc_source_free(KcSource *src) {
  if (!src) return;
  free((char *)src->path);
  free((char *)src->text);
  free(src);
}

SourceLoc kc_loc_span(SourceLoc a, SourceLoc b) {
  SourceLoc r = a;
  r.length = b.offset + b.length - a.offset;
  r.end16 = b.end16;
  r.end_line = b.end_line;
  r.end_col = b.end_col;
  return r;
}
