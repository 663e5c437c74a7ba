/* unicode.c — UTF-8 decoding and the Unicode identifier classes the lexer
 * needs, over utf8proc's general categories.
 *
 * ID_Start    = L* + Nl + Other_ID_Start − Pattern_Syntax − Pattern_White_Space
 * ID_Continue = ID_Start + Mn + Mc + Nd + Pc + Other_ID_Continue − (same)
 * ECMAScript adds '$' and '_' to both and ZWNJ/ZWJ to the second. */
#include <utf8proc.h>

#include "lexer.h"

int kc_utf8_decode(const char *p, const char *end, uint32_t *cp) {
  const unsigned char *s = (const unsigned char *)p;
  long n = end - p;
  if (n <= 0) return 0;
  unsigned c = s[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if (c < 0xC2) return 0;
  if (c < 0xE0) {
    if (n < 2 || (s[1] & 0xC0) != 0x80) return 0;
    *cp = ((c & 0x1F) << 6) | (s[1] & 0x3F);
    return 2;
  }
  if (c < 0xF0) {
    if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
    uint32_t v = ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    if (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return 3;
  }
  if (c < 0xF5) {
    if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
      return 0;
    uint32_t v = ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) |
                 (s[3] & 0x3F);
    if (v < 0x10000 || v > 0x10FFFF) return 0;
    *cp = v;
    return 4;
  }
  return 0;
}

static bool other_id_start(uint32_t cp) {
  return cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B ||
         cp == 0x309C;
}

static bool other_id_continue(uint32_t cp) {
  return cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA ||
         cp == 0x200C || cp == 0x200D || cp == 0x30FB || cp == 0xFF65;
}

/* Pattern_Syntax code points that are letters (only U+2E2F). */
static bool pattern_syntax_letter(uint32_t cp) { return cp == 0x2E2F; }

bool kc_is_id_start(uint32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '$' || cp == '_';
  if (cp > 0x10FFFF) return false;
  if (other_id_start(cp)) return true;
  if (pattern_syntax_letter(cp)) return false;
  switch (utf8proc_category((utf8proc_int32_t)cp)) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LT:
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO:
  case UTF8PROC_CATEGORY_NL:
    return true;
  default:
    return false;
  }
}

bool kc_is_id_part(uint32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
           cp == '$' || cp == '_';
  if (kc_is_id_start(cp) || other_id_continue(cp)) return true;
  if (cp > 0x10FFFF || pattern_syntax_letter(cp)) return false;
  switch (utf8proc_category((utf8proc_int32_t)cp)) {
  case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC:
  case UTF8PROC_CATEGORY_ND:
  case UTF8PROC_CATEGORY_PC:
    return true;
  default:
    return false;
  }
}
