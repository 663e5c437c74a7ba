/*
 * test_encoding.c — node's Buffer encodings (runtime/node/encoding.c):
 * base64 and base64url both ways with node's lenient decoding, hex, the
 * WHATWG UTF-8 decoder's replacement of invalid sequences (one U+FFFD per
 * maximal subpart) and the UTF-8 encoder's handling of lone surrogates and
 * limited room. Expected bytes and strings are what node 20 produces for
 * Buffer.from(...) and buf.toString(...).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "node/encoding.h"

static JSUnits L(const char *s) { JSUnits u = { (const uint8_t *)s, NULL, strlen(s) }; return u; }

static void check_b64(const char *bytes, size_t n, const char *want, bool url)
{
    char out[64];
    size_t k = js_base64_encode((const uint8_t *)bytes, n, out, url);
    assert_int_equal(k, strlen(want));
    assert_int_equal(k, js_base64_encoded_len(n, url));
    assert_memory_equal(out, want, k);
}

static void test_base64_encode(void **state)
{
    (void)state;
    check_b64("", 0, "", false);
    check_b64("a", 1, "YQ==", false);
    check_b64("ab", 2, "YWI=", false);
    check_b64("abc", 3, "YWJj", false);
    check_b64("abcd", 4, "YWJjZA==", false);
    check_b64("a", 1, "YQ", true);
    check_b64("ab", 2, "YWI", true);
    check_b64("\xfb\xff\xfe", 3, "+//+", false);
    check_b64("\xfb\xff\xfe", 3, "-__-", true);
}

static size_t dec64(const char *s, uint8_t *out)
{
    JSUnits u = L(s);
    return js_base64_decode(&u, out, 64);
}

static void test_base64_decode(void **state)
{
    (void)state;
    uint8_t out[64];
    assert_int_equal(dec64("aGVsbG8=", out), 5);
    assert_memory_equal(out, "hello", 5);
    assert_int_equal(dec64("aGVsbG8", out), 5);          /* padding optional */
    assert_int_equal(dec64("YQ==YQ==", out), 1);         /* stops at '=' */
    assert_int_equal(dec64("a b\nc", out), 2);           /* skips whitespace */
    assert_int_equal(out[0], 0x69);
    assert_int_equal(out[1], 0xb7);
    assert_int_equal(dec64("-_", out), 1);               /* url alphabet in base64 */
    assert_int_equal(out[0], 0xfb);
    assert_int_equal(dec64("/+", out), 1);
    assert_int_equal(out[0], 0xff);
    JSUnits u = L("aGVsbG8=");
    assert_int_equal(js_enc_byte_length(JS_ENC_BASE64, &u), 5);
    u = L("YWJjZA==");
    assert_int_equal(js_enc_byte_length(JS_ENC_BASE64, &u), 4);
    assert_int_equal(js_base64_decode(&u, out, 2), 2);   /* bounded by cap */
}

static void test_hex(void **state)
{
    (void)state;
    char s[16];
    js_hex_encode((const uint8_t *)"\x00\xff\x10\xab", 4, s);
    assert_memory_equal(s, "00ff10ab", 8);
    uint8_t out[8];
    JSUnits u = L("68656C6c6f");
    assert_int_equal(js_hex_decode(&u, out, 8), 5);
    assert_memory_equal(out, "hello", 5);
    u = L("abzz12");
    assert_int_equal(js_hex_decode(&u, out, 8), 1);      /* stops at the first bad pair */
    u = L("abc");
    assert_int_equal(js_hex_decode(&u, out, 8), 1);      /* odd digit dropped */
    assert_int_equal(js_enc_byte_length(JS_ENC_HEX, &u), 1);
}

/* Decodes s and compares with the UTF-16 units want[0..nw). */
static void check_dec(const char *s, size_t n, const uint16_t *want, size_t nw)
{
    uint16_t out[64];
    size_t k = js_utf8_decode((const uint8_t *)s, n, out);
    assert_int_equal(k, nw);
    assert_memory_equal(out, want, nw * 2);
}

static void test_utf8_decode(void **state)
{
    (void)state;
    check_dec("h\xc3\xa9", 3, (const uint16_t[]){ 'h', 0xe9 }, 2);
    check_dec("\xf0\x9f\x98\x80", 4, (const uint16_t[]){ 0xd83d, 0xde00 }, 2);
    check_dec("\xff", 1, (const uint16_t[]){ 0xfffd }, 1);
    check_dec("\xc0\x80", 2, (const uint16_t[]){ 0xfffd, 0xfffd }, 2);          /* overlong lead */
    check_dec("\xe2\x82", 2, (const uint16_t[]){ 0xfffd }, 1);                  /* truncated: one */
    check_dec("\xe2\x82x", 3, (const uint16_t[]){ 0xfffd, 'x' }, 2);
    check_dec("\xed\xa0\x80", 3, (const uint16_t[]){ 0xfffd, 0xfffd, 0xfffd }, 3); /* surrogate */
    check_dec("\xf4\x90\x80\x80", 4, (const uint16_t[]){ 0xfffd, 0xfffd, 0xfffd, 0xfffd }, 4);
    check_dec("\xf0\x9f\x98", 3, (const uint16_t[]){ 0xfffd }, 1);
    check_dec("a\x80" "b", 3, (const uint16_t[]){ 'a', 0xfffd, 'b' }, 3);
    assert_true(js_utf8_valid((const uint8_t *)"h\xc3\xa9\xf0\x9f\x98\x80", 7));
    assert_false(js_utf8_valid((const uint8_t *)"\xed\xa0\x80", 3));
    assert_false(js_utf8_valid((const uint8_t *)"\xe2\x82", 2));
}

static void test_utf8_encode(void **state)
{
    (void)state;
    uint8_t out[16];
    const uint16_t lone[] = { 'a', 0xd800, 'b', 0xd83d, 0xde00 };
    JSUnits u = { NULL, lone, 5 };
    size_t used;
    assert_int_equal(js_utf8_encode(&u, out, 16, &used), 9);
    assert_memory_equal(out, "a\xef\xbf\xbd" "b\xf0\x9f\x98\x80", 9);
    assert_int_equal(used, 5);
    assert_int_equal(js_enc_byte_length(JS_ENC_UTF8, &u), 9);
    /* only whole characters fit */
    assert_int_equal(js_utf8_encode(&u, out, 7, &used), 5);
    assert_int_equal(used, 3);
    JSUnits l = L("h\xe9");   /* Latin-1 é */
    assert_int_equal(js_utf8_encode(&l, out, 16, NULL), 3);
    assert_memory_equal(out, "h\xc3\xa9", 3);
}

static void test_names(void **state)
{
    (void)state;
    assert_int_equal(js_encoding_parse("UTF-8", 5), JS_ENC_UTF8);
    assert_int_equal(js_encoding_parse("ucs2", 4), JS_ENC_UTF16LE);
    assert_int_equal(js_encoding_parse("Binary", 6), JS_ENC_LATIN1);
    assert_int_equal(js_encoding_parse("base64url", 9), JS_ENC_BASE64URL);
    assert_int_equal(js_encoding_parse("utf9", 4), JS_ENC_INVALID);
    assert_string_equal(js_encoding_name(JS_ENC_UTF16LE), "utf16le");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_base64_encode),
        cmocka_unit_test(test_base64_decode),
        cmocka_unit_test(test_hex),
        cmocka_unit_test(test_utf8_decode),
        cmocka_unit_test(test_utf8_encode),
        cmocka_unit_test(test_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
