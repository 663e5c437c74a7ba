/* test_lexer.c — the lexer: token kinds, positions in bytes, UTF-16 units and
 * lines, escapes and their decoded values, numbers, templates, regex rescans
 * and errors on bad input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "lexer.h"

static jmp_buf lex_fail;
static char last_error[256];

static void on_error(void *ctx, SourceLoc loc, const char *msg) {
  (void)ctx;
  (void)loc;
  snprintf(last_error, sizeof last_error, "%s", msg);
  longjmp(lex_fail, 1);
}

typedef struct Lx {
  KcSource *src;
  KcArena *arena;
  KcLexer lx;
} Lx;

static void lx_open(Lx *l, const char *text, size_t len) {
  l->src = kc_source_from_memory("t.js", text, len);
  l->arena = kc_arena_new();
  kc_lex_init(&l->lx, l->src, l->arena, on_error, NULL);
}

static void lx_close(Lx *l) {
  kc_lex_free(&l->lx);
  kc_arena_free(l->arena);
  kc_source_free(l->src);
}

/* Scans [text] completely; returns the number of tokens before EOF, or -1 on
 * a lexer error (message in last_error). Tokens go to [out] (up to [max]);
 * their values live in an arena that is kept until the program ends. */
static int lex_all(const char *text, size_t len, Token *out, int max) {
  Lx l;
  lx_open(&l, text, len);
  int n = 0;
  last_error[0] = 0;
  if (setjmp(lex_fail)) {
    lx_close(&l);
    return -1;
  }
  for (;;) {
    Token t;
    kc_lex_next(&l.lx, &t);
    if (t.kind == TOK_EOF) break;
    if (n < max) out[n] = t;
    n++;
  }
  kc_lex_free(&l.lx); /* keep the arena: the tokens' values live there */
  return n;
}

#define LEX(s, toks) lex_all(s, strlen(s), toks, 64)

static void test_punctuators(void **state) {
  (void)state;
  Token t[64];
  assert_int_equal(LEX("a >>>= b ?? c ?.d ?.5 ... => **= ?\?= &&=", t), 14);
  assert_int_equal(t[1].kind, TOK_SHR_ASSIGN);
  assert_int_equal(t[3].kind, TOK_NULLISH);
  assert_int_equal(t[5].kind, TOK_QDOT);
  assert_int_equal(t[7].kind, TOK_QUESTION); /* ?.5 is ? then .5 */
  assert_int_equal(t[8].kind, TOK_NUMBER);
  assert_int_equal(t[9].kind, TOK_ELLIPSIS);
  assert_int_equal(t[10].kind, TOK_ARROW);
  assert_int_equal(t[11].kind, TOK_STARSTAR_ASSIGN);
  assert_int_equal(t[12].kind, TOK_NULLISH_ASSIGN);
}

static void test_keywords_and_escapes(void **state) {
  (void)state;
  Token t[64];
  assert_int_equal(LEX("if \\u0069f \\u{61}sync caf\\u00e9 _$x1", t), 5);
  assert_int_equal(t[0].kw, KW_IF);
  assert_false(t[0].escaped);
  assert_int_equal(t[1].kw, KW_IF);
  assert_true(t[1].escaped);
  assert_string_equal(t[2].value.ptr, "async");
  assert_string_equal(t[3].value.ptr, "caf\xc3\xa9");
  assert_string_equal(t[4].value.ptr, "_$x1");
  assert_int_equal(t[4].kw, KW_NONE);
}

static void test_unicode_identifiers(void **state) {
  (void)state;
  Token t[64];
  /* Greek, CJK, a combining mark inside, ZWJ inside */
  assert_int_equal(LEX("\xce\xb1\xce\xb2 \xe4\xb8\xad\xe6\x96\x87 e\xcc\x81 a\xe2\x80\x8d", t), 4);
  assert_int_equal(t[0].kind, TOK_NAME);
  assert_int_equal(t[2].value.len, 3);
  assert_int_equal(LEX("\xe2\x80\x8d", t), -1); /* ZWJ cannot start a name */
}

static void test_positions_utf16(void **state) {
  (void)state;
  Token t[64];
  /* "😀" is 4 bytes, 2 UTF-16 units */
  assert_int_equal(LEX("'\xf0\x9f\x98\x80' x\r\ny\xe2\x80\xa8z", t), 4);
  assert_int_equal(t[0].loc.length, 6);
  assert_int_equal(t[0].loc.end16, 4);
  assert_int_equal(t[1].loc.start16, 5);
  assert_int_equal(t[1].loc.col, 5);
  assert_int_equal(t[2].loc.line, 2); /* CRLF is one line break */
  assert_int_equal(t[2].loc.col, 0);
  assert_true(t[2].nl_before);
  assert_int_equal(t[3].loc.line, 3); /* U+2028 is a line terminator */
  assert_true(t[3].nl_before);
}

static void test_numbers(void **state) {
  (void)state;
  Token t[64];
  assert_int_equal(LEX("0 1.5 .5e3 0x1F 0o17 0b101 1_000_000 017 089 1e21 0xFFFFFFFFFFFFFFFFF", t), 11);
  assert_true(t[0].number == 0);
  assert_true(t[1].number == 1.5);
  assert_true(t[2].number == 500);
  assert_true(t[3].number == 31);
  assert_true(t[4].number == 15);
  assert_true(t[5].number == 5);
  assert_true(t[6].number == 1000000);
  assert_true(t[7].number == 15 && t[7].legacy_octal);
  assert_true(t[8].number == 89 && t[8].legacy_octal);
  assert_true(t[9].number == 1e21);
  assert_true(t[10].number == 295147905179352825856.0);
  assert_int_equal(LEX("12n 0x1_Fn", t), 2);
  assert_int_equal(t[0].kind, TOK_BIGINT);
  assert_string_equal(t[0].value.ptr, "12");
  assert_string_equal(t[1].value.ptr, "31");
}

static void test_number_errors(void **state) {
  (void)state;
  Token t[64];
  assert_int_equal(LEX("1__0", t), -1);
  assert_int_equal(LEX("1_", t), -1);
  assert_int_equal(LEX("0x", t), -1);
  assert_int_equal(LEX("3in", t), -1);
  assert_int_equal(LEX("1.5n", t), -1);
  assert_int_equal(LEX("017n", t), -1);
  assert_int_equal(LEX("1e", t), -1);
  assert_int_equal(LEX("0_1", t), -1);
}

static void test_strings(void **state) {
  (void)state;
  Token t[64];
  assert_int_equal(LEX("'a\\n\\t\\x41\\u0042\\u{1F600}\\0' \"\\uD83D\\uDE00\" '\\uD800' 'a\\\nb'", t), 4);
  assert_memory_equal(t[0].value.ptr, "a\n\tAB\xf0\x9f\x98\x80\0", 10);
  assert_int_equal(t[0].value.len, 10);
  assert_string_equal(t[1].value.ptr, "\xf0\x9f\x98\x80"); /* surrogate pair merged */
  assert_string_equal(t[2].value.ptr, "\xed\xa0\x80");      /* lone surrogate, WTF-8 */
  assert_string_equal(t[3].value.ptr, "ab");                /* line continuation */
  assert_int_equal(LEX("'\\101' '\\8'", t), 2);
  assert_string_equal(t[0].value.ptr, "A");
  assert_true(t[0].legacy_octal);
  assert_true(t[1].legacy_octal);
  assert_int_equal(LEX("'abc", t), -1);
  assert_int_equal(LEX("'a\nb'", t), -1);
  assert_int_equal(LEX("'\\x4'", t), -1);
  assert_int_equal(LEX("'\\u{110000}'", t), -1);
}

static void test_templates(void **state) {
  (void)state;
  Token t[64];
  assert_int_equal(LEX("`a\\u0041${", t), 1);
  assert_int_equal(t[0].kind, TOK_TEMPLATE);
  assert_false(t[0].template_tail);
  assert_string_equal(t[0].value.ptr, "aA");
  assert_string_equal(t[0].raw2.ptr, "a\\u0041");
  assert_int_equal(LEX("`x\r\ny\\unicode`", t), 1);
  assert_true(t[0].template_tail);
  assert_true(t[0].cooked_invalid);
  assert_null(t[0].value.ptr);
  assert_string_equal(t[0].raw2.ptr, "x\ny\\unicode");
}

static void test_regex_rescan(void **state) {
  (void)state;
  Lx l;
  const char *src = "/[/]a\\/b/gu x";
  lx_open(&l, src, strlen(src));
  if (setjmp(lex_fail)) fail_msg("unexpected error: %s", last_error);
  Token t;
  kc_lex_next(&l.lx, &t);
  assert_int_equal(t.kind, TOK_SLASH);
  kc_lex_rescan_regex(&l.lx, &t);
  assert_int_equal(t.kind, TOK_REGEX);
  assert_string_equal(t.value.ptr, "[/]a\\/b");
  assert_string_equal(t.raw2.ptr, "gu");
  kc_lex_next(&l.lx, &t);
  assert_string_equal(t.value.ptr, "x");
  lx_close(&l);
}

static int regex_ok(const char *src) {
  Lx l;
  lx_open(&l, src, strlen(src));
  if (setjmp(lex_fail)) {
    lx_close(&l);
    return 0;
  }
  Token t;
  kc_lex_next(&l.lx, &t);
  kc_lex_rescan_regex(&l.lx, &t);
  lx_close(&l);
  return 1;
}

static void test_regex_validation(void **state) {
  (void)state;
  assert_true(regex_ok("/a{1,2}(?:b)|c*?/dgimsy"));
  assert_true(regex_ok("/(?<name>x)\\k<name>/"));
  assert_true(regex_ok("/{/"));
  assert_false(regex_ok("/{/u"));
  assert_false(regex_ok("/a/gg"));
  assert_false(regex_ok("/a/uv"));
  assert_false(regex_ok("/a/x"));
  assert_false(regex_ok("/(a/"));
  assert_false(regex_ok("/a)/"));
  assert_false(regex_ok("/*a/"));
  assert_false(regex_ok("/\\1/u"));
  assert_false(regex_ok("/(?=a)*/u"));
  assert_false(regex_ok("/abc"));
  assert_true(regex_ok("/[a-z\\d-]/"));
  assert_true(regex_ok("/[\\d-x]/"));      /* annex B: a class escape in a range */
  assert_false(regex_ok("/[\\d-x]/u"));
  assert_false(regex_ok("/[z-a]/"));
  assert_false(regex_ok("/[\\x5A-\\x41]/"));
  assert_true(regex_ok("/[\\u{1F600}-\\u{1F64F}]/u"));
  assert_false(regex_ok("/\\q/u"));
  assert_true(regex_ok("/\\q/"));
  assert_false(regex_ok("/(?<a>x)(?<a>y)/"));
  assert_true(regex_ok("/(?<a>x)|(?<a>y)/"));
  assert_true(regex_ok("/[[a-z]--[aeiou]]/v"));
}

static void test_comments_and_hashbang(void **state) {
  (void)state;
  Token t[64];
  assert_int_equal(LEX("#!/usr/bin/env node\n/* a\nb */ x // y\n<!-- html\n--> also\nz", t), 2);
  assert_true(t[0].nl_before);
  assert_int_equal(t[0].loc.line, 3);
  assert_int_equal(t[1].loc.line, 6);
  assert_int_equal(LEX("/* open", t), -1);
}

static void test_bad_input(void **state) {
  (void)state;
  Token t[64];
  assert_int_equal(lex_all("a\0b", 3, t, 64), -1);
  assert_int_equal(LEX("a \xff b", t), -1);
  assert_int_equal(LEX("\xed\xa0\x80", t), -1); /* encoded surrogate */
  assert_int_equal(LEX("\xc0\x80", t), -1);     /* overlong */
  assert_int_equal(LEX("@", t), -1);
  assert_int_equal(LEX("'\xf0\x9f", t), -1);    /* truncated */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_punctuators),
      cmocka_unit_test(test_keywords_and_escapes),
      cmocka_unit_test(test_unicode_identifiers),
      cmocka_unit_test(test_positions_utf16),
      cmocka_unit_test(test_numbers),
      cmocka_unit_test(test_number_errors),
      cmocka_unit_test(test_strings),
      cmocka_unit_test(test_templates),
      cmocka_unit_test(test_regex_rescan),
      cmocka_unit_test(test_regex_validation),
      cmocka_unit_test(test_comments_and_hashbang),
      cmocka_unit_test(test_bad_input),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
