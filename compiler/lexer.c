/* lexer.c — the scanner of ECMAScript 2024 source text (see lexer.h).
 *
 * Positions are tracked in three units at once as the scanner advances:
 * bytes (pos), UTF-16 code units (pos16) and lines (line, line_start16),
 * so every token's SourceLoc is exact without a second pass. Every advance
 * over a non-ASCII character goes through adv_cp, which validates UTF-8;
 * invalid UTF-8 anywhere is an error, never undefined behaviour.
 *
 * Decoded values (names with escapes, string and template cooked values) are
 * built in a scratch buffer as WTF-8 and copied into the arena. A \u escape
 * that produces a low surrogate right after a high one is merged into one
 * 4-byte sequence, so "\uD83D\uDE00" becomes proper UTF-8 for U+1F600.
 */
#include "lexer.h"
#include "../runtime/regexp/regexp.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const tok_names[] = {
#define KC_X(e, s) s,
    KC_TOKENS(KC_X)
#undef KC_X
};
static const char *const kw_names[] = {
    "",
#define KC_X(e, s) s,
    KC_KEYWORDS(KC_X)
#undef KC_X
};

const char *kc_token_name(TokKind k) { return (unsigned)k < TOK_COUNT ? tok_names[k] : "?"; }
const char *kc_keyword_name(KwKind k) { return (unsigned)k < KW_COUNT ? kw_names[k] : "?"; }

void kc_lex_init(KcLexer *lx, const KcSource *src, KcArena *arena,
                 void (*error)(void *, SourceLoc, const char *), void *ctx) {
  memset(lx, 0, sizeof *lx);
  lx->src = src;
  lx->arena = arena;
  lx->text = src->text;
  lx->end = src->text + src->len;
  lx->line = 1;
  lx->error = error;
  lx->error_ctx = ctx;
}

void kc_lex_free(KcLexer *lx) {
  free(lx->buf);
  lx->buf = NULL;
}

/* ---- positions and errors ---- */

static SourceLoc here(const KcLexer *lx) {
  SourceLoc l;
  l.offset = lx->pos;
  l.length = 0;
  l.start16 = l.end16 = lx->pos16;
  l.line = l.end_line = lx->line;
  l.col = l.end_col = lx->pos16 - lx->line_start16;
  return l;
}

static void finish(const KcLexer *lx, SourceLoc *l) {
  l->length = lx->pos - l->offset;
  l->end16 = lx->pos16;
  l->end_line = lx->line;
  l->end_col = lx->pos16 - lx->line_start16;
}

static _Noreturn void fail_at(KcLexer *lx, SourceLoc loc, const char *msg) {
  lx->error(lx->error_ctx, loc, msg);
  abort(); /* error() longjmps; never reached */
}

static _Noreturn void fail(KcLexer *lx, const char *msg) {
  SourceLoc l = here(lx);
  l.length = lx->text + lx->pos < lx->end ? 1 : 0;
  l.end16 = l.start16 + 1;
  l.end_col = l.col + 1;
  fail_at(lx, l, msg);
}

/* An error at the first character of the token being scanned. */
static _Noreturn void fail_start(KcLexer *lx, const Token *t, const char *msg) {
  SourceLoc l = t->loc;
  l.length = 1;
  l.end16 = l.start16 + 1;
  l.end_line = l.line;
  l.end_col = l.col + 1;
  fail_at(lx, l, msg);
}

static inline int cur(const KcLexer *lx) {
  return lx->text + lx->pos < lx->end ? (unsigned char)lx->text[lx->pos] : -1;
}
static inline int at(const KcLexer *lx, uint32_t k) {
  return lx->text + lx->pos + k < lx->end ? (unsigned char)lx->text[lx->pos + k] : -1;
}

/* Decodes the code point at pos without consuming it; *len gets its byte
 * length. -1 at the end. Invalid UTF-8 is an error. */
static int32_t peek_cp(KcLexer *lx, int *len) {
  int c = cur(lx);
  if (c < 0x80) {
    *len = c < 0 ? 0 : 1;
    return c;
  }
  uint32_t cp;
  int n = kc_utf8_decode(lx->text + lx->pos, lx->end, &cp);
  if (!n) fail(lx, "invalid UTF-8 in source text");
  *len = n;
  return (int32_t)cp;
}

static inline void adv_ascii(KcLexer *lx) {
  lx->pos++;
  lx->pos16++;
}

static void adv_bytes(KcLexer *lx, int n, int32_t cp) {
  lx->pos += n;
  lx->pos16 += cp >= 0x10000 ? 2 : 1;
}

static void newline(KcLexer *lx) {
  lx->line++;
  lx->line_start16 = lx->pos16;
}

static bool is_line_term(int32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

/* Consumes a line terminator (c is the code point at pos, n its length);
 * CRLF counts as one. */
static void adv_line_term(KcLexer *lx, int32_t c, int n) {
  adv_bytes(lx, n, c);
  if (c == '\r' && cur(lx) == '\n') adv_ascii(lx);
  newline(lx);
}

static bool is_ws_cp(int32_t c) {
  switch (c) {
  case 0x09: case 0x0B: case 0x0C: case 0x20: case 0xA0: case 0xFEFF:
  case 0x1680: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
  case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
  case 0x202F: case 0x205F: case 0x3000:
    return true;
  default:
    return false;
  }
}

/* ---- scratch buffer (WTF-8) ---- */

static void buf_reset(KcLexer *lx) { lx->buf_len = 0; }

static void buf_reserve(KcLexer *lx, uint32_t n) {
  if (lx->buf_len + n <= lx->buf_cap) return;
  uint32_t nc = lx->buf_cap ? lx->buf_cap : 256;
  while (nc < lx->buf_len + n) nc *= 2;
  char *nb = realloc(lx->buf, nc);
  if (!nb) {
    fputs("kiln: out of memory\n", stderr);
    abort();
  }
  lx->buf = nb;
  lx->buf_cap = nc;
}

static void buf_bytes(KcLexer *lx, const char *s, uint32_t n) {
  if (!n) return;
  buf_reserve(lx, n);
  memcpy(lx->buf + lx->buf_len, s, n);
  lx->buf_len += n;
}

static void buf_byte(KcLexer *lx, char c) {
  buf_reserve(lx, 1);
  lx->buf[lx->buf_len++] = c;
}

/* Appends code point (or lone surrogate) [cp] in WTF-8. */
static void buf_cp(KcLexer *lx, uint32_t cp) {
  char b[4];
  int n;
  if (cp < 0x80) {
    b[0] = (char)cp;
    n = 1;
  } else if (cp < 0x800) {
    b[0] = (char)(0xC0 | (cp >> 6));
    b[1] = (char)(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    b[0] = (char)(0xE0 | (cp >> 12));
    b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[2] = (char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    b[0] = (char)(0xF0 | (cp >> 18));
    b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  buf_bytes(lx, b, n);
}

/* Appends a UTF-16 code unit from an escape, merging a surrogate pair. */
static void buf_unit(KcLexer *lx, uint32_t u) {
  if (u >= 0xDC00 && u <= 0xDFFF && lx->buf_len >= 3) {
    unsigned char *t = (unsigned char *)lx->buf + lx->buf_len - 3;
    if (t[0] == 0xED && t[1] >= 0xA0 && t[1] <= 0xAF) {
      uint32_t hi = 0xD000 | ((t[1] & 0x3F) << 6) | (t[2] & 0x3F);
      lx->buf_len -= 3;
      buf_cp(lx, 0x10000 + ((hi - 0xD800) << 10) + (u - 0xDC00));
      return;
    }
  }
  buf_cp(lx, u);
}

static KcStr buf_str(KcLexer *lx) {
  KcStr s = {kc_arena_strndup(lx->arena, lx->buf ? lx->buf : "", lx->buf_len), lx->buf_len};
  return s;
}

static KcStr slice_str(KcLexer *lx, uint32_t from, uint32_t to) {
  KcStr s = {kc_arena_strndup(lx->arena, lx->text + from, to - from), to - from};
  return s;
}

/* ---- keywords ---- */

static KwKind lookup_kw(const char *s, uint32_t n) {
  if (n < 2 || n > 11 || s[0] < 'a' || s[0] > 'z') {
    if (n == 9 && memcmp(s, "__proto__", 9) == 0) return KW_PROTO;
    return KW_NONE;
  }
  /* Index of keywords by first letter, built on first use. */
  static unsigned char first[27][12];
  static int nfirst[27];
  static bool built;
  if (!built) {
    for (int k = 1; k < KW_COUNT; k++) {
      int f = kw_names[k][0] >= 'a' && kw_names[k][0] <= 'z' ? kw_names[k][0] - 'a' : 26;
      first[f][nfirst[f]++] = (unsigned char)k;
    }
    built = true;
  }
  int f = s[0] - 'a';
  for (int i = 0; i < nfirst[f]; i++) {
    const char *k = kw_names[first[f][i]];
    if (strlen(k) == n && memcmp(k, s, n) == 0) return (KwKind)first[f][i];
  }
  return KW_NONE;
}

KwKind kc_lookup_keyword(const char *s, uint32_t n) { return lookup_kw(s, n); }

/* ---- escapes ---- */

static int hexval(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Scans the part of a \u escape after "\u" ("XXXX" or "{X...}"). Returns the
 * code point, or -1 if malformed (position then unspecified unless
 * [soft] is false, in which case it is an error). */
static int32_t scan_unicode_escape(KcLexer *lx, bool soft) {
  if (cur(lx) == '{') {
    adv_ascii(lx);
    uint32_t v = 0;
    int n = 0;
    while (hexval(cur(lx)) >= 0) {
      v = v * 16 + hexval(cur(lx));
      if (v > 0x10FFFF) {
        if (soft) return -1;
        fail(lx, "code point out of bounds in escape sequence");
      }
      adv_ascii(lx);
      n++;
    }
    if (n == 0 || cur(lx) != '}') {
      if (soft) return -1;
      fail(lx, "bad character escape sequence");
    }
    adv_ascii(lx);
    return (int32_t)v;
  }
  uint32_t v = 0;
  for (int i = 0; i < 4; i++) {
    int h = hexval(cur(lx));
    if (h < 0) {
      if (soft) return -1;
      fail(lx, "bad character escape sequence");
    }
    v = v * 16 + h;
    adv_ascii(lx);
  }
  return (int32_t)v;
}

/* ---- identifiers ---- */

static void scan_name_slow(KcLexer *lx, Token *t, uint32_t start, bool first_done) {
  buf_reset(lx);
  buf_bytes(lx, lx->text + start, lx->pos - start);
  bool first = !first_done;
  for (;;) {
    int c = cur(lx);
    if (c == '\\') {
      SourceLoc el = here(lx);
      adv_ascii(lx);
      if (cur(lx) != 'u') fail(lx, "expected a Unicode escape sequence (\\uXXXX) in identifier");
      adv_ascii(lx);
      int32_t cp = scan_unicode_escape(lx, false);
      finish(lx, &el);
      if (!(first ? kc_is_id_start(cp) : kc_is_id_part(cp)))
        fail_at(lx, el, "invalid identifier character in escape sequence");
      buf_cp(lx, (uint32_t)cp);
      t->escaped = true;
    } else if (c >= 0x80) {
      int n;
      int32_t cp = peek_cp(lx, &n);
      if (!(first ? kc_is_id_start(cp) : kc_is_id_part(cp))) break;
      buf_bytes(lx, lx->text + lx->pos, n);
      adv_bytes(lx, n, cp);
    } else if (c >= 0 && kc_is_id_part(c)) {
      buf_byte(lx, (char)c);
      adv_ascii(lx);
    } else {
      break;
    }
    first = false;
  }
  t->value = buf_str(lx);
}

static void scan_name(KcLexer *lx, Token *t) {
  uint32_t start = lx->pos;
  bool first_done = false;
  for (;;) {
    int c = cur(lx);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_' ||
        (c >= '0' && c <= '9')) {
      adv_ascii(lx);
      first_done = true;
      continue;
    }
    if (c == '\\' || c >= 0x80) {
      scan_name_slow(lx, t, start, first_done);
      goto done;
    }
    break;
  }
  t->value = slice_str(lx, start, lx->pos);
done:
  t->kind = TOK_NAME;
  t->kw = lookup_kw(t->value.ptr, t->value.len);
  if (t->value.len == 0) fail(lx, "invalid character");
}

/* ---- numbers ---- */

/* Value of a string of digits in a power-of-two radix, correctly rounded
 * (round half to even), as JavaScript requires. */
static double pow2_radix_value(const char *d, uint32_t n, int bits_per_digit) {
  /* Skip leading zeros. */
  while (n && (*d == '0' || *d == '_')) d++, n--;
  uint64_t mant = 0;
  int nbits = 0;    /* significant bits collected in mant (max 64) */
  int exp = 0;      /* bits dropped below mant */
  bool sticky = false;
  for (uint32_t i = 0; i < n; i++) {
    if (d[i] == '_') continue;
    int v = hexval(d[i]);
    for (int b = bits_per_digit - 1; b >= 0; b--) {
      int bit = (v >> b) & 1;
      if (nbits == 0 && !bit) continue;
      if (nbits < 64) {
        mant = (mant << 1) | bit;
        nbits++;
      } else {
        exp++;
        sticky |= bit;
      }
    }
  }
  if (nbits <= 53) return ldexp((double)mant, exp);
  int drop = nbits - 53;
  uint64_t top = mant >> drop;
  uint64_t rest = mant & ((1ull << drop) - 1);
  uint64_t half = 1ull << (drop - 1);
  if (rest > half || (rest == half && (sticky || (top & 1)))) top++;
  else if (rest == half && !sticky && !(top & 1)) {
  }
  return ldexp((double)top, exp + drop);
}

static bool is_digit_in(int c, int radix) {
  if (radix == 16) return hexval(c) >= 0;
  return c >= '0' && c < '0' + radix;
}

/* Digits with numeric separators: '_' only between two digits. */
static void scan_digits(KcLexer *lx, int radix, bool allow_sep) {
  bool last_digit = false;
  for (;;) {
    int c = cur(lx);
    if (is_digit_in(c, radix)) {
      last_digit = true;
      adv_ascii(lx);
    } else if (c == '_' && allow_sep) {
      if (!last_digit) fail(lx, "numeric separators are allowed only between digits");
      adv_ascii(lx);
      if (!is_digit_in(cur(lx), radix))
        fail(lx, "numeric separators are allowed only between digits");
      last_digit = false;
    } else {
      break;
    }
  }
}

static void check_after_number(KcLexer *lx) {
  int n;
  int32_t c = peek_cp(lx, &n);
  if (c == '\\' || (c >= 0 && kc_is_id_start((uint32_t)c)) || (c >= '0' && c <= '9'))
    fail(lx, "identifier starts immediately after numeric literal");
}

/* A BigInt literal's value as a decimal digit string (what acorn's `bigint`
 * field holds: value.toString()). Hex/octal/binary digits are converted with
 * base-10^9 limbs; quadratic in the literal's length, which is fine for any
 * literal a person writes. */
static void bigint_decimal(KcLexer *lx, Token *t, uint32_t from, uint32_t to) {
  const char *s = lx->text + from;
  uint32_t n = to - from;
  int radix = 10;
  if (n > 2 && s[0] == '0' && (s[1] | 32) != 0 && strchr("xob", s[1] | 32)) {
    radix = (s[1] | 32) == 'x' ? 16 : (s[1] | 32) == 'o' ? 8 : 2;
    s += 2;
    n -= 2;
  }
  uint32_t *limbs = calloc(n + 1, sizeof *limbs);
  if (!limbs) abort();
  uint32_t nl = 1;
  for (uint32_t i = 0; i < n; i++) {
    if (s[i] == '_') continue;
    uint64_t carry = (uint64_t)hexval(s[i]);
    for (uint32_t k = 0; k < nl; k++) {
      uint64_t v = (uint64_t)limbs[k] * (uint64_t)radix + carry;
      limbs[k] = (uint32_t)(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry) limbs[nl++] = (uint32_t)carry;
  }
  buf_reset(lx);
  char tmp[16];
  int m = snprintf(tmp, sizeof tmp, "%u", limbs[nl - 1]);
  buf_bytes(lx, tmp, (uint32_t)m);
  for (uint32_t k = nl - 1; k-- > 0;) {
    m = snprintf(tmp, sizeof tmp, "%09u", limbs[k]);
    buf_bytes(lx, tmp, (uint32_t)m);
  }
  free(limbs);
  t->value = buf_str(lx);
}

static void scan_number(KcLexer *lx, Token *t) {
  uint32_t start = lx->pos;
  int c0 = cur(lx), c1 = at(lx, 1);
  t->kind = TOK_NUMBER;
  if (c0 == '0' && (c1 == 'x' || c1 == 'X' || c1 == 'o' || c1 == 'O' || c1 == 'b' || c1 == 'B')) {
    int radix = (c1 == 'x' || c1 == 'X') ? 16 : (c1 == 'o' || c1 == 'O') ? 8 : 2;
    adv_ascii(lx);
    adv_ascii(lx);
    uint32_t ds = lx->pos;
    if (!is_digit_in(cur(lx), radix)) fail(lx, "expected digits after the radix prefix");
    scan_digits(lx, radix, true);
    uint32_t de = lx->pos;
    if (cur(lx) == 'n') {
      adv_ascii(lx);
      t->kind = TOK_BIGINT;
    }
    check_after_number(lx);
    t->number = pow2_radix_value(lx->text + ds, de - ds, radix == 16 ? 4 : radix == 8 ? 3 : 1);
    if (t->kind == TOK_BIGINT) goto bigint;
    return;
  }
  if (c0 == '0' && c1 >= '0' && c1 <= '9') {
    /* Legacy octal (010) or NonOctalDecimalIntegerLiteral (08, 09). */
    adv_ascii(lx);
    bool octal = true;
    while (cur(lx) >= '0' && cur(lx) <= '9') {
      if (cur(lx) >= '8') octal = false;
      adv_ascii(lx);
    }
    t->legacy_octal = true;
    if (cur(lx) == '_') fail(lx, "numeric separators are not allowed in legacy octal literals");
    if (octal) {
      if (cur(lx) == 'n') fail(lx, "a BigInt literal cannot be a legacy octal literal");
      if (cur(lx) == '.' ) {
        /* 01.5 is 01 followed by .5: leave the '.' */
      }
      t->number = pow2_radix_value(lx->text + start + 1, lx->pos - start - 1, 3);
      check_after_number(lx);
      return;
    }
    /* 08.5 and 09e1 are decimal */
    if (cur(lx) == '.') {
      adv_ascii(lx);
      scan_digits(lx, 10, false);
    }
    if (cur(lx) == 'e' || cur(lx) == 'E') {
      adv_ascii(lx);
      if (cur(lx) == '+' || cur(lx) == '-') adv_ascii(lx);
      if (!(cur(lx) >= '0' && cur(lx) <= '9')) fail(lx, "expected digits in the exponent");
      scan_digits(lx, 10, false);
    }
    if (cur(lx) == 'n') fail(lx, "invalid BigInt literal");
    check_after_number(lx);
    goto decimal_value;
  }
  bool is_int = true;
  if (c0 == '0' && c1 == '_') fail(lx, "numeric separators are not allowed after a leading 0");
  if (c0 != '.') scan_digits(lx, 10, true);
  if (cur(lx) == '.') {
    is_int = false;
    adv_ascii(lx);
    if (cur(lx) == '_') fail(lx, "numeric separators are allowed only between digits");
    scan_digits(lx, 10, true);
  }
  if (cur(lx) == 'e' || cur(lx) == 'E') {
    is_int = false;
    adv_ascii(lx);
    if (cur(lx) == '+' || cur(lx) == '-') adv_ascii(lx);
    if (!(cur(lx) >= '0' && cur(lx) <= '9')) fail(lx, "expected digits in the exponent");
    scan_digits(lx, 10, true);
  }
  if (cur(lx) == 'n') {
    if (!is_int) fail(lx, "a BigInt literal must be an integer");
    adv_ascii(lx);
    t->kind = TOK_BIGINT;
    check_after_number(lx);
    goto bigint;
  }
  check_after_number(lx);
decimal_value: {
  /* strtod on the text without separators: correctly rounded. */
  buf_reset(lx);
  for (uint32_t i = start; i < lx->pos; i++)
    if (lx->text[i] != '_') buf_byte(lx, lx->text[i]);
  buf_byte(lx, 0);
  t->number = strtod(lx->buf, NULL);
  return;
}
bigint:
  bigint_decimal(lx, t, start, lx->pos - 1);
}

/* ---- strings and templates ---- */

/* Scans one escape after the backslash (already consumed) into the buffer.
 * [in_template]: octal escapes are invalid rather than legacy. Returns false
 * for an invalid escape in a template (the caller records it), true
 * otherwise; string errors are reported directly. *octal is set for legacy
 * octal and \8 \9 escapes in strings. */
static bool scan_escape(KcLexer *lx, bool in_template, bool *octal) {
  int n;
  int32_t c = peek_cp(lx, &n);
  if (c < 0) fail(lx, in_template ? "unterminated template literal" : "unterminated string literal");
  if (is_line_term(c)) {
    adv_line_term(lx, c, n); /* line continuation: contributes nothing */
    return true;
  }
  adv_bytes(lx, n, c);
  switch (c) {
  case 'n': buf_byte(lx, '\n'); return true;
  case 't': buf_byte(lx, '\t'); return true;
  case 'r': buf_byte(lx, '\r'); return true;
  case 'b': buf_byte(lx, '\b'); return true;
  case 'f': buf_byte(lx, '\f'); return true;
  case 'v': buf_byte(lx, '\v'); return true;
  case 'x': {
    int h1 = hexval(cur(lx));
    int h2 = h1 >= 0 ? hexval(at(lx, 1)) : -1;
    if (h1 < 0 || h2 < 0) {
      if (in_template) return false;
      fail(lx, "invalid hexadecimal escape sequence");
    }
    adv_ascii(lx);
    adv_ascii(lx);
    buf_cp(lx, (uint32_t)(h1 * 16 + h2));
    return true;
  }
  case 'u': {
    int32_t cp = scan_unicode_escape(lx, in_template);
    if (cp < 0) return false;
    if (cp >= 0x10000) buf_cp(lx, (uint32_t)cp);
    else buf_unit(lx, (uint32_t)cp);
    return true;
  }
  case '0':
    if (!(cur(lx) >= '0' && cur(lx) <= '9')) {
      buf_byte(lx, 0);
      return true;
    }
    __attribute__((fallthrough)); /* legacy octal */
  case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
    if (in_template) return false;
    *octal = true;
    uint32_t v = (uint32_t)(c - '0');
    if (cur(lx) >= '0' && cur(lx) <= '7') {
      v = v * 8 + (uint32_t)(cur(lx) - '0');
      adv_ascii(lx);
      if (c <= '3' && cur(lx) >= '0' && cur(lx) <= '7') {
        v = v * 8 + (uint32_t)(cur(lx) - '0');
        adv_ascii(lx);
      }
    }
    buf_cp(lx, v);
    return true;
  }
  case '8': case '9':
    if (in_template) return false;
    *octal = true;
    buf_byte(lx, (char)c);
    return true;
  default:
    buf_cp(lx, (uint32_t)c);
    return true;
  }
}

static void scan_string(KcLexer *lx, Token *t) {
  int q = cur(lx);
  adv_ascii(lx);
  uint32_t s = lx->pos;
  /* Fast path: no escapes, no non-ASCII. */
  for (;;) {
    int c = cur(lx);
    if (c == q) {
      t->value = slice_str(lx, s, lx->pos);
      adv_ascii(lx);
      t->kind = TOK_STRING;
      return;
    }
    if (c < 0x20 || c >= 0x80 || c == '\\') break;
    adv_ascii(lx);
  }
  buf_reset(lx);
  buf_bytes(lx, lx->text + s, lx->pos - s);
  for (;;) {
    int n;
    int32_t c = peek_cp(lx, &n);
    if (c < 0) fail_start(lx, t, "unterminated string literal");
    if (c == q) {
      adv_ascii(lx);
      break;
    }
    if (c == '\n' || c == '\r') fail_start(lx, t, "unterminated string literal");
    if (c == '\\') {
      SourceLoc el = here(lx);
      adv_ascii(lx);
      bool octal = false;
      scan_escape(lx, false, &octal);
      if (octal && !t->legacy_octal) {
        t->legacy_octal = true;
        finish(lx, &el);
        t->octal_loc = el;
      }
      continue;
    }
    buf_bytes(lx, lx->text + lx->pos, n);
    adv_bytes(lx, n, c);
    if (c == 0x2028 || c == 0x2029) newline(lx);
  }
  t->kind = TOK_STRING;
  t->value = buf_str(lx);
}

/* Scans template characters up to '`' or '${' (pos is just after '`' or '}'). */
static void scan_template_part(KcLexer *lx, Token *t) {
  t->kind = TOK_TEMPLATE;
  buf_reset(lx);
  /* raw is built in a second buffer: collect it after, from the source. */
  uint32_t raw_start = lx->pos;
  bool has_cr = false;
  for (;;) {
    int n;
    int32_t c = peek_cp(lx, &n);
    if (c < 0) fail_start(lx, t, "unterminated template literal");
    if (c == '`') {
      t->template_tail = true;
      break;
    }
    if (c == '$' && at(lx, 1) == '{') break;
    if (c == '\\') {
      SourceLoc el = here(lx);
      adv_ascii(lx);
      bool octal = false;
      if (cur(lx) == '\r') has_cr = true;
      if (!scan_escape(lx, true, &octal) && !t->cooked_invalid) {
        t->cooked_invalid = true;
        finish(lx, &el);
        t->octal_loc = el;
      }
      continue;
    }
    if (c == '\r') {
      has_cr = true;
      buf_byte(lx, '\n');
      adv_line_term(lx, c, n);
      continue;
    }
    buf_bytes(lx, lx->text + lx->pos, n);
    if (is_line_term(c)) adv_line_term(lx, c, n);
    else adv_bytes(lx, n, c);
  }
  uint32_t raw_end = lx->pos;
  if (t->cooked_invalid) {
    t->value.ptr = NULL;
    t->value.len = 0;
  } else {
    t->value = buf_str(lx);
  }
  if (!has_cr) {
    t->raw2 = slice_str(lx, raw_start, raw_end);
  } else {
    buf_reset(lx);
    for (uint32_t i = raw_start; i < raw_end; i++) {
      char ch = lx->text[i];
      if (ch == '\r') {
        buf_byte(lx, '\n');
        if (i + 1 < raw_end && lx->text[i + 1] == '\n') i++;
      } else {
        buf_byte(lx, ch);
      }
    }
    t->raw2 = buf_str(lx);
  }
  /* consume the terminator */
  if (t->template_tail) adv_ascii(lx);
  else {
    adv_ascii(lx);
    adv_ascii(lx);
  }
}

/* ---- regular expressions ---- */

/* Validates a pattern with the runtime's own parser (runtime/regexp/), so
 * the compiler rejects exactly what RegExp would, with node's message:
 * "Invalid regular expression: /(/: Unterminated group". */
static void validate_regex(KcLexer *lx, SourceLoc loc, const char *p, uint32_t n, uint32_t flags,
                           KcStr flag_text) {
  uint16_t *u = malloc(((size_t)n + 1) * 2 * sizeof *u);
  if (!u) fail_at(lx, loc, "out of memory");
  uint32_t m = 0;
  for (uint32_t i = 0; i < n;) {
    uint32_t cp;
    int len = kc_utf8_decode(p + i, p + n, &cp);
    if (!len) len = 1, cp = (unsigned char)p[i];
    i += (uint32_t)len;
    if (cp >= 0x10000) {
      u[m++] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
      u[m++] = (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      u[m++] = (uint16_t)cp;
    }
  }
  ReError err;
  size_t size;
  uint8_t *ok = re_compile(u, m, flags | RE_VALIDATE_ONLY, &size, &err);
  free(u);
  if (ok) {
    free(ok);
    return;
  }
  char msg[256];
  snprintf(msg, sizeof msg, "Invalid regular expression: /%.*s/%.*s: %s", (int)(n > 120 ? 120 : n), p,
           (int)flag_text.len, flag_text.ptr ? flag_text.ptr : "", err.msg);
  fail_at(lx, loc, msg);
}

void kc_lex_rescan_regex(KcLexer *lx, Token *t) {
  /* Restart just after the '/'. */
  lx->pos = t->loc.offset + 1;
  lx->pos16 = t->loc.start16 + 1;
  lx->line = t->loc.line;
  lx->line_start16 = t->loc.start16 - t->loc.col;
  bool in_class = false;
  uint32_t ps = lx->pos;
  for (;;) {
    int n;
    int32_t c = peek_cp(lx, &n);
    if (c < 0 || is_line_term(c)) fail_at(lx, t->loc, "unterminated regular expression");
    if (c == '\\') {
      adv_ascii(lx);
      c = peek_cp(lx, &n);
      if (c < 0 || is_line_term(c)) fail_at(lx, t->loc, "unterminated regular expression");
      adv_bytes(lx, n, c);
      continue;
    }
    if (c == '[') in_class = true;
    else if (c == ']') in_class = false;
    else if (c == '/' && !in_class) break;
    adv_bytes(lx, n, c);
  }
  uint32_t pe = lx->pos;
  adv_ascii(lx);
  uint32_t fs = lx->pos;
  for (;;) {
    int n;
    int32_t c = peek_cp(lx, &n);
    if (c == '\\') fail(lx, "invalid regular expression flags");
    if (c < 0 || !kc_is_id_part((uint32_t)c)) break;
    adv_bytes(lx, n, c);
  }
  t->kind = TOK_REGEX;
  t->value = slice_str(lx, ps, pe);
  t->raw2 = slice_str(lx, fs, lx->pos);
  finish(lx, &t->loc);
  unsigned seen = 0;
  for (uint32_t i = 0; i < t->raw2.len; i++) {
    const char *f = strchr("dgimsuyv", t->raw2.ptr[i]);
    if (!f || !t->raw2.ptr[i]) fail_at(lx, t->loc, "invalid regular expression flags");
    unsigned bit = 1u << (f - "dgimsuyv");
    if (seen & bit) fail_at(lx, t->loc, "duplicate regular expression flag");
    seen |= bit;
  }
  bool u = seen & (1u << 5), v = seen & (1u << 7);
  if (u && v) fail_at(lx, t->loc, "invalid regular expression flags");
  uint32_t flags = 0;
  for (uint32_t i = 0; i < t->raw2.len; i++)
    flags |= 1u << (strchr(RE_FLAG_CHARS, t->raw2.ptr[i]) - RE_FLAG_CHARS);
  validate_regex(lx, t->loc, t->value.ptr, t->value.len, flags, t->raw2);
}

void kc_lex_rescan_template(KcLexer *lx, Token *t) {
  lx->pos = t->loc.offset + 1;
  lx->pos16 = t->loc.start16 + 1;
  lx->line = t->loc.line;
  lx->line_start16 = t->loc.start16 - t->loc.col;
  t->template_tail = t->cooked_invalid = false;
  scan_template_part(lx, t);
  finish(lx, &t->loc);
}

/* ---- the main scanner ---- */

static void skip_line_comment(KcLexer *lx) {
  for (;;) {
    int cc = cur(lx);
    if (cc < 0 || cc == '\n' || cc == '\r') break;
    if (cc < 0x80) {
      adv_ascii(lx);
      continue;
    }
    int n;
    int32_t cp = peek_cp(lx, &n);
    if (cp == 0x2028 || cp == 0x2029) break;
    adv_bytes(lx, n, cp);
  }
}

static void skip_space(KcLexer *lx, Token *t) {
  for (;;) {
    int c = cur(lx);
    if (!lx->module) {
      /* Annex B HTML-like comments: '<!--' anywhere, '-->' at a line start. */
      if (c == '<' && at(lx, 1) == '!' && at(lx, 2) == '-' && at(lx, 3) == '-') {
        skip_line_comment(lx);
        continue;
      }
      if (c == '-' && at(lx, 1) == '-' && at(lx, 2) == '>' && (t->nl_before || !lx->seen_token)) {
        skip_line_comment(lx);
        continue;
      }
    }
    switch (c) {
    case ' ': case '\t': case 0x0B: case 0x0C:
      adv_ascii(lx);
      continue;
    case '\n':
      adv_ascii(lx);
      newline(lx);
      t->nl_before = true;
      continue;
    case '\r':
      adv_ascii(lx);
      if (cur(lx) == '\n') adv_ascii(lx);
      newline(lx);
      t->nl_before = true;
      continue;
    case '/':
      if (at(lx, 1) == '/') {
        adv_ascii(lx);
        adv_ascii(lx);
        for (;;) {
          int cc = cur(lx);
          if (cc < 0 || cc == '\n' || cc == '\r') break;
          if (cc < 0x80) {
            adv_ascii(lx);
            continue;
          }
          int n;
          int32_t cp = peek_cp(lx, &n);
          if (cp == 0x2028 || cp == 0x2029) break;
          adv_bytes(lx, n, cp);
        }
        continue;
      }
      if (at(lx, 1) == '*') {
        SourceLoc start = here(lx);
        adv_ascii(lx);
        adv_ascii(lx);
        for (;;) {
          int cc = cur(lx);
          if (cc < 0) {
            start.length = 2;
            fail_at(lx, start, "unterminated comment");
          }
          if (cc == '*' && at(lx, 1) == '/') {
            adv_ascii(lx);
            adv_ascii(lx);
            break;
          }
          if (cc < 0x80 && cc != '\n' && cc != '\r') {
            adv_ascii(lx);
            continue;
          }
          int n;
          int32_t cp = peek_cp(lx, &n);
          if (is_line_term(cp)) {
            adv_line_term(lx, cp, n);
            t->nl_before = true;
          } else {
            adv_bytes(lx, n, cp);
          }
        }
        continue;
      }
      return;
    default:
      if (c >= 0x80) {
        int n;
        int32_t cp = peek_cp(lx, &n);
        if (is_ws_cp(cp)) {
          adv_bytes(lx, n, cp);
          continue;
        }
        if (cp == 0x2028 || cp == 0x2029) {
          adv_bytes(lx, n, cp);
          newline(lx);
          t->nl_before = true;
          continue;
        }
      }
      return;
    }
  }
}

#define PUNCT(k, n)                        \
  do {                                     \
    for (int i_ = 0; i_ < (n); i_++) adv_ascii(lx); \
    t->kind = TOK_##k;                     \
    goto done;                             \
  } while (0)

void kc_lex_next(KcLexer *lx, Token *t) {
  memset(t, 0, sizeof *t);
  if (lx->pos == 0 && cur(lx) == '#' && at(lx, 1) == '!') {
    /* Hashbang comment. */
    while (cur(lx) >= 0 && cur(lx) != '\n' && cur(lx) != '\r') {
      int n;
      int32_t cp = peek_cp(lx, &n);
      if (cp == 0x2028 || cp == 0x2029) break;
      adv_bytes(lx, n, cp);
    }
  }
  skip_space(lx, t);
  t->loc = here(lx);
  int c = cur(lx);
  int c1 = at(lx, 1), c2 = at(lx, 2), c3 = at(lx, 3);
  switch (c) {
  case -1:
    t->kind = TOK_EOF;
    if (lx->text + lx->pos < lx->end) fail(lx, "unexpected character");
    goto done;
  case '{': PUNCT(LBRACE, 1);
  case '}': PUNCT(RBRACE, 1);
  case '(': PUNCT(LPAREN, 1);
  case ')': PUNCT(RPAREN, 1);
  case '[': PUNCT(LBRACKET, 1);
  case ']': PUNCT(RBRACKET, 1);
  case ';': PUNCT(SEMI, 1);
  case ',': PUNCT(COMMA, 1);
  case ':': PUNCT(COLON, 1);
  case '~': PUNCT(TILDE, 1);
  case '.':
    if (c1 >= '0' && c1 <= '9') {
      scan_number(lx, t);
      goto done;
    }
    if (c1 == '.' && c2 == '.') PUNCT(ELLIPSIS, 3);
    PUNCT(DOT, 1);
  case '?':
    if (c1 == '?') {
      if (c2 == '=') PUNCT(NULLISH_ASSIGN, 3);
      PUNCT(NULLISH, 2);
    }
    if (c1 == '.' && !(c2 >= '0' && c2 <= '9')) PUNCT(QDOT, 2);
    PUNCT(QUESTION, 1);
  case '<':
    if (c1 == '<') {
      if (c2 == '=') PUNCT(SHL_ASSIGN, 3);
      PUNCT(SHL, 2);
    }
    if (c1 == '=') PUNCT(LE, 2);
    PUNCT(LT, 1);
  case '>':
    if (c1 == '>') {
      if (c2 == '>') {
        if (c3 == '=') PUNCT(SHR_ASSIGN, 4);
        PUNCT(SHR, 3);
      }
      if (c2 == '=') PUNCT(SAR_ASSIGN, 3);
      PUNCT(SAR, 2);
    }
    if (c1 == '=') PUNCT(GE, 2);
    PUNCT(GT, 1);
  case '=':
    if (c1 == '=') {
      if (c2 == '=') PUNCT(SEQ, 3);
      PUNCT(EQ, 2);
    }
    if (c1 == '>') PUNCT(ARROW, 2);
    PUNCT(ASSIGN, 1);
  case '!':
    if (c1 == '=') {
      if (c2 == '=') PUNCT(SNE, 3);
      PUNCT(NE, 2);
    }
    PUNCT(BANG, 1);
  case '+':
    if (c1 == '+') PUNCT(INC, 2);
    if (c1 == '=') PUNCT(PLUS_ASSIGN, 2);
    PUNCT(PLUS, 1);
  case '-':
    if (c1 == '-') PUNCT(DEC, 2);
    if (c1 == '=') PUNCT(MINUS_ASSIGN, 2);
    PUNCT(MINUS, 1);
  case '*':
    if (c1 == '*') {
      if (c2 == '=') PUNCT(STARSTAR_ASSIGN, 3);
      PUNCT(STARSTAR, 2);
    }
    if (c1 == '=') PUNCT(STAR_ASSIGN, 2);
    PUNCT(STAR, 1);
  case '/':
    if (c1 == '=') PUNCT(SLASH_ASSIGN, 2);
    PUNCT(SLASH, 1);
  case '%':
    if (c1 == '=') PUNCT(PERCENT_ASSIGN, 2);
    PUNCT(PERCENT, 1);
  case '&':
    if (c1 == '&') {
      if (c2 == '=') PUNCT(AND_ASSIGN, 3);
      PUNCT(AND, 2);
    }
    if (c1 == '=') PUNCT(AMP_ASSIGN, 2);
    PUNCT(AMP, 1);
  case '|':
    if (c1 == '|') {
      if (c2 == '=') PUNCT(OR_ASSIGN, 3);
      PUNCT(OR, 2);
    }
    if (c1 == '=') PUNCT(PIPE_ASSIGN, 2);
    PUNCT(PIPE, 1);
  case '^':
    if (c1 == '=') PUNCT(CARET_ASSIGN, 2);
    PUNCT(CARET, 1);
  case '"':
  case '\'':
    scan_string(lx, t);
    goto done;
  case '`':
    adv_ascii(lx);
    scan_template_part(lx, t);
    goto done;
  case '#': {
    adv_ascii(lx);
    int n;
    int32_t cp = peek_cp(lx, &n);
    if (!(cp == '\\' || (cp >= 0 && kc_is_id_start((uint32_t)cp))))
      fail_at(lx, t->loc, "unexpected character '#'");
    scan_name(lx, t);
    t->kind = TOK_PRIVATE;
    t->kw = KW_NONE;
    goto done;
  }
  default:
    break;
  }
  if (c >= '0' && c <= '9') {
    scan_number(lx, t);
    goto done;
  }
  if (c == '\\' || (c < 0x80 && kc_is_id_start((uint32_t)c))) {
    scan_name(lx, t);
    goto done;
  }
  if (c >= 0x80) {
    int n;
    int32_t cp = peek_cp(lx, &n);
    if (kc_is_id_start((uint32_t)cp)) {
      scan_name(lx, t);
      goto done;
    }
    char msg[64];
    snprintf(msg, sizeof msg, "unexpected character U+%04X", (unsigned)cp);
    fail(lx, msg);
  }
  {
    char msg[64];
    if (c >= 0x20 && c < 0x7f) snprintf(msg, sizeof msg, "unexpected character '%c'", c);
    else snprintf(msg, sizeof msg, "unexpected character U+%04X", (unsigned)c);
    fail(lx, msg);
  }
done:
  finish(lx, &t->loc);
  lx->seen_token = true;
}
