/* Unit tests for string.c and atom.c: storage forms, ropes, UTF-8 in and
 * out, comparison, atoms, the builder. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "kiln/runtime.h"

static int setup(void **state) { (void)state; return js_runtime_init(); }

static void test_utf8_roundtrip(void **state)
{
    (void)state;
    const char *txt = "h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80";   /* héllo € 😀 */
    JSValue s = js_new_string_cstr(txt);
    assert_int_equal(js_string_length(s), 10);      /* 😀 is two code units */
    assert_int_equal(js_string_char_at(s, 1), 0xE9);
    assert_int_equal(js_string_char_at(s, 6), 0x20AC);
    assert_int_equal(js_string_char_at(s, 8), 0xD83D);
    assert_int_equal(js_string_char_at(s, 9), 0xDE00);
    uint32_t units;
    assert_int_equal(js_string_code_point_at(s, 8, &units), 0x1F600);
    assert_int_equal(units, 2);
    assert_string_equal(js_string_to_utf8(s, NULL), txt);
    /* Latin-1 only text is stored one-byte */
    JSValue l = js_new_string_cstr("caf\xc3\xa9");
    assert_false(js_string_is_two_byte(js_string_flatten(js_str(l))));
    assert_string_equal(js_string_to_utf8(l, NULL), "caf\xc3\xa9");
}

static void test_invalid_utf8_and_lone_surrogates(void **state)
{
    (void)state;
    JSValue s = js_new_string_from_utf8("a\xff" "b\xe2\x82", 5);
    assert_int_equal(js_string_length(s), 4);
    assert_int_equal(js_string_char_at(s, 1), 0xFFFD);
    assert_int_equal(js_string_char_at(s, 3), 0xFFFD);
    uint16_t lone[] = { 'x', 0xD800, 'y' };
    JSValue t = js_new_string_utf16(lone, 3);
    assert_string_equal(js_string_to_utf8(t, NULL), "x\xef\xbf\xbdy");
}

static void test_ropes_linear(void **state)
{
    (void)state;
    JSValue s = JS_ATOM(empty);
    JSValue piece = js_new_string_cstr("abcdefghij");
    for (int i = 0; i < 200000; i++) s = js_string_concat(s, piece);   /* deep left rope */
    assert_int_equal(js_string_length(s), 2000000);
    assert_int_equal(js_string_char_at(s, 1999999), 'j');
    assert_int_equal(js_string_char_at(s, 10), 'a');
    /* a two-byte leaf widens the whole result */
    JSValue w = js_string_concat(s, js_new_string_cstr("\xe2\x82\xac"));
    assert_int_equal(js_string_char_at(w, 2000000), 0x20AC);
    assert_int_equal(js_string_char_at(w, 5), 'f');
    /* right-deep too */
    JSValue r = JS_ATOM(empty);
    for (int i = 0; i < 100000; i++) r = js_string_concat(piece, r);
    assert_int_equal(js_string_char_at(r, 999999), 'j');
}

static void test_compare_and_equals(void **state)
{
    (void)state;
    JSValue a = js_new_string_cstr("apple"), b = js_new_string_cstr("apricot");
    assert_true(js_string_compare(a, b) < 0);
    assert_true(js_string_compare(b, a) > 0);
    assert_true(js_string_compare(a, js_new_string_cstr("app")) > 0);
    assert_true(js_string_equals(a, js_new_string_cstr("apple")));
    uint16_t wide[] = { 'a', 'p', 'p', 'l', 'e' };
    JSString *w = js_string_alloc(5, true);
    memcpy(js_string_utf16_mut(w), wide, sizeof wide);
    assert_true(js_string_equals(a, js_mk_cell(w)));
    assert_int_equal(js_string_hash(a), js_string_hash(js_mk_cell(w)));
    /* UTF-16 order: U+FF61 > U+D83D (surrogate) by code units */
    JSValue s1 = js_new_string_cstr("\xef\xbd\xa1"), s2 = js_new_string_cstr("\xf0\x9f\x98\x80");
    assert_true(js_string_compare(s1, s2) > 0);
}

static void test_atoms(void **state)
{
    (void)state;
    JSAtom a = js_atom_from_cstr("hello");
    JSAtom b = js_atom_from_string(js_string_concat(js_new_string_cstr("hel"), js_new_string_cstr("lo")));
    assert_true(a == b);
    assert_true(js_atom_from_cstr("length") == JS_ATOM(length));
    uint32_t idx;
    assert_true(js_atom_is_index(js_atom_from_uint32(42), &idx));
    assert_int_equal(idx, 42);
    assert_false(js_atom_is_index(js_atom_from_cstr("042"), &idx));
    assert_false(js_atom_is_index(js_atom_from_cstr("4294967295"), &idx));
    assert_true(js_atom_is_index(js_atom_from_cstr("4294967294"), &idx));
    assert_true(js_atom_from_uint32(7) == js_atom_from_cstr("7"));
    for (int i = 0; i < 50000; i++) js_atom_from_uint32((uint32_t)i * 7919u);
    assert_true(js_atom_from_cstr("hello") == a);
}

static void test_builder_and_substring(void **state)
{
    (void)state;
    JSStringBuilder sb;
    js_sb_init(&sb);
    js_sb_puts(&sb, "abc");
    js_sb_put_code_point(&sb, 0x1F600);
    js_sb_putc(&sb, 'z');
    JSValue s = js_sb_finish(&sb);
    assert_int_equal(js_string_length(s), 6);
    assert_string_equal(js_string_to_utf8(js_string_substring(s, 1, 3), NULL), "bc");
    assert_string_equal(js_string_to_utf8(js_string_substring(s, 3, 5), NULL), "\xf0\x9f\x98\x80");
    assert_false(js_string_is_two_byte(js_string_flatten(js_str(js_string_substring(s, 0, 3)))));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8_roundtrip),
        cmocka_unit_test(test_invalid_utf8_and_lone_surrogates),
        cmocka_unit_test(test_ropes_linear),
        cmocka_unit_test(test_compare_and_equals),
        cmocka_unit_test(test_atoms),
        cmocka_unit_test(test_builder_and_substring),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
