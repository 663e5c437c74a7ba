/*
 * regexp.h — Kiln's ECMAScript regular expression engine (plain C, no
 * JSValue): a pattern parser that validates every ES2024 pattern and
 * compiles it to bytecode, and a backtracking interpreter over UTF-16 code
 * units that keeps its choice points on an explicit heap stack, never on the
 * C stack.
 *
 * The same files are compiled into the compiler (compile-time validation of
 * regex literals, re_compile with RE_VALIDATE_ONLY) and into the runtime
 * (RegExp objects). Case folding and \p{...} use utf8proc, which both link.
 * The design is written down in docs/internals.md, "Regular expressions".
 */
#ifndef KILN_REGEXP_H
#define KILN_REGEXP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Flag bits, in the order of the flags string RegExp.prototype.flags
 * returns ("dgimsuvy"). */
enum {
    RE_FLAG_INDICES = 1u << 0,     /* d */
    RE_FLAG_GLOBAL = 1u << 1,      /* g */
    RE_FLAG_IGNORECASE = 1u << 2,  /* i */
    RE_FLAG_MULTILINE = 1u << 3,   /* m */
    RE_FLAG_DOTALL = 1u << 4,      /* s */
    RE_FLAG_UNICODE = 1u << 5,     /* u */
    RE_FLAG_UNICODE_SETS = 1u << 6,/* v */
    RE_FLAG_STICKY = 1u << 7,      /* y */
};
#define RE_FLAG_CHARS "dgimsuvy"

/* Parses a flags string; -1 on an unknown or repeated flag, or u with v. */
int re_parse_flags(const uint16_t *s, size_t n, uint32_t *flags);

/* re_compile options (besides the RE_FLAG_* bits). */
#define RE_VALIDATE_ONLY (1u << 16) /* check the syntax, build no bytecode */

typedef struct ReError {
    char msg[96];  /* V8's wording, e.g. "Unterminated group" */
    uint32_t pos;  /* code-unit offset in the pattern where it was found */
} ReError;

/* Compiles pattern[0..len) (UTF-16 code units) with `flags`. Returns a
 * malloc'ed program (free with free()) and its size in *size, or NULL with
 * *err filled (a syntax error, or "Out of memory"). With RE_VALIDATE_ONLY
 * the result is a non-NULL dummy on success. */
uint8_t *re_compile(const uint16_t *pattern, uint32_t len, uint32_t flags, size_t *size,
                    ReError *err);

/* What a compiled program says about itself. */
uint32_t re_capture_count(const uint8_t *prog); /* groups + 1 (group 0) */
uint32_t re_flags(const uint8_t *prog);
/* The name of capture group i (UTF-8, NUL-terminated), or NULL. */
const char *re_group_name(const uint8_t *prog, uint32_t i);
bool re_has_named_groups(const uint8_t *prog);

/* The subject of a match: one-byte (Latin-1) or two-byte characters. */
typedef struct ReInput {
    const uint8_t *s8;   /* one of these two is set */
    const uint16_t *s16;
    uint32_t len;
} ReInput;

enum { RE_MATCH = 1, RE_NO_MATCH = 0, RE_ERROR_MEMORY = -1, RE_ERROR_STACK = -2 };

/* Matches prog against in at exactly position `start` when sticky, else at
 * the first position >= start. caps receives 2 * re_capture_count(prog)
 * code-unit offsets (start, end), -1 for a group that did not participate.
 * Returns RE_MATCH, RE_NO_MATCH, or a negative error (the backtrack stack
 * outgrew its limit or memory ran out). `sticky` overrides nothing: pass
 * the y flag or true for a match anchored at start. */
int re_exec(const uint8_t *prog, const ReInput *in, uint32_t start, bool sticky, int32_t *caps);

/* Canonicalize(ch) of the spec: simple case folding with /u or /v, else
 * the single-code-unit toUppercase rule. */
uint32_t re_canonicalize(uint32_t c, bool unicode);

#endif
