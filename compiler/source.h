/* source.h — source files and source locations.
 *
 * A KcSource owns the text of one JavaScript file (NUL-terminated, so the
 * lexer can always look one byte ahead; the text may still contain NUL bytes
 * before `len`). A SourceLoc names a span of that text in three systems at
 * once, because three consumers need them:
 *
 *   - byte offsets (`offset`, `length`) for the lexer and for slicing text;
 *   - UTF-16 code-unit offsets (`start16`, `end16`), which is what acorn calls
 *     `start`/`end` in ESTree JSON and what JavaScript's own positions mean;
 *   - line (1-based) and column (0-based, counted in UTF-16 code units, as
 *     acorn's `loc.column`) of both ends, for diagnostics, debug info and JSON.
 *
 * Line terminators are LF, CR, CRLF (one terminator), U+2028 and U+2029.
 */
#ifndef KC_SOURCE_H
#define KC_SOURCE_H

#include <stddef.h>
#include <stdint.h>

typedef struct KcDiag KcDiag;

typedef struct SourceLoc {
  uint32_t offset;   /* byte offset of the first byte */
  uint32_t length;   /* length in bytes */
  uint32_t start16;  /* UTF-16 offset of the start (acorn `start`) */
  uint32_t end16;    /* UTF-16 offset just past the end (acorn `end`) */
  uint32_t line;     /* 1-based line of the start */
  uint32_t col;      /* 0-based UTF-16 column of the start */
  uint32_t end_line; /* 1-based line of the end */
  uint32_t end_col;  /* 0-based UTF-16 column of the end */
} SourceLoc;

typedef struct KcSource {
  const char *path;  /* as given by the user; used in diagnostics */
  const char *text;  /* NUL-terminated */
  size_t len;        /* bytes, excluding the terminating NUL */
} KcSource;

/* Reads [path] whole. On failure reports "error: cannot read PATH: reason"
 * to [diag] (may be NULL) and returns NULL. */
KcSource *kc_source_read(const char *path, KcDiag *diag);

/* Copies [text] ([len] bytes) into a new source named [path]. */
KcSource *kc_source_from_memory(const char *path, const char *text, size_t len);

void kc_source_free(KcSource *src);

/* A location covering [start, end) of two locations (start of [a], end of [b]). */
SourceLoc kc_loc_span(SourceLoc a, SourceLoc b);

#endif
