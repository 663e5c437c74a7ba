/* diag.h — diagnostics: errors and notes with a source excerpt.
 *
 * Each message prints as clang does:
 *
 *   app.js:3:9: error: expected ')' to close '(' at 3:4
 *     foo(a, b;
 *            ^
 *
 * The underline covers the whole location (`^~~~`), clipped to its first line.
 * Columns in the header are 1-based and count UTF-16 code units (the same
 * unit as JavaScript's own positions). After KC_DIAG_MAX_ERRORS errors the
 * rest are counted but not printed ("too many errors emitted, stopping now"
 * is printed once). Messages are kept, printed or not, so tests can read them.
 */
#ifndef KC_DIAG_H
#define KC_DIAG_H

#include <stdio.h>

#include "source.h"

#define KC_DIAG_MAX_ERRORS 20

typedef struct KcDiag KcDiag;

/* [out] == NULL: count and keep messages silently. */
KcDiag *kc_diag_new(FILE *out);
void kc_diag_error(KcDiag *d, const KcSource *src, SourceLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void kc_diag_note(KcDiag *d, const KcSource *src, SourceLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* An error without a location ("error: message"); [src] may be NULL. */
void kc_diag_error_plain(KcDiag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int kc_diag_error_count(const KcDiag *d);
/* Number of kept messages, and the [i]th message's text without the source
 * excerpt ("file:line:col: error: message"). */
int kc_diag_message_count(const KcDiag *d);
const char *kc_diag_message(const KcDiag *d, int i);
void kc_diag_free(KcDiag *d);

#endif
