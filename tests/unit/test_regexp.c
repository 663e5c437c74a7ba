/* Unit tests for the regexp engine (runtime/regexp/): the parser's errors
 * with V8's wording, and matching through re_exec on one-byte and two-byte
 * subjects. Expected results are node 20's. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../runtime/regexp/regexp.h"

static uint16_t *utf16(const char *s, uint32_t *n)
{
    size_t len = strlen(s);
    uint16_t *u = malloc((len + 1) * 2);
    for (size_t i = 0; i < len; i++)
        u[i] = (unsigned char)s[i];
    *n = (uint32_t)len;
    return u;
}

static uint32_t flags_of(const char *f)
{
    uint32_t n, bits = 0;
    uint16_t *u = utf16(f, &n);
    assert_int_equal(re_parse_flags(u, n, &bits), 0);
    free(u);
    return bits;
}

/* The error message of compiling pat, or "" when it compiles. */
static const char *error_of(const char *pat, const char *flags, bool validate)
{
    static ReError err;
    uint32_t n;
    uint16_t *u = utf16(pat, &n);
    size_t size;
    uint8_t *prog = re_compile(u, n, flags_of(flags) | (validate ? RE_VALIDATE_ONLY : 0), &size, &err);
    free(u);
    if (prog) {
        free(prog);
        return "";
    }
    return err.msg;
}

/* "start,end start,end ..." of the match of pat in subject, or "null". */
static const char *match(const char *pat, const char *flags, const char *subject)
{
    static char out[256];
    static ReError err;
    uint32_t n, sn;
    uint16_t *u = utf16(pat, &n);
    size_t size;
    uint8_t *prog = re_compile(u, n, flags_of(flags), &size, &err);
    free(u);
    if (!prog)
        return err.msg;
    ReInput in = { (const uint8_t *)subject, NULL, (uint32_t)strlen(subject) };
    int32_t caps[64];
    int rc = re_exec(prog, &in, 0, false, caps);
    /* the same on a two-byte copy */
    uint16_t *s16 = utf16(subject, &sn);
    ReInput in16 = { NULL, s16, sn };
    int32_t caps16[64];
    int rc16 = re_exec(prog, &in16, 0, false, caps16);
    assert_int_equal(rc, rc16);
    free(s16);
    if (rc != RE_MATCH) {
        free(prog);
        return "null";
    }
    uint32_t nc = re_capture_count(prog);
    assert_memory_equal(caps, caps16, 2 * nc * sizeof(int32_t));
    out[0] = 0;
    for (uint32_t i = 0; i < nc; i++) {
        char b[32];
        snprintf(b, sizeof b, "%s%d,%d", i ? " " : "", caps[2 * i], caps[2 * i + 1]);
        strcat(out, b);
    }
    free(prog);
    return out;
}

static void test_errors(void **state)
{
    (void)state;
    for (int v = 0; v < 2; v++) {
        assert_string_equal(error_of("(", "", v), "Unterminated group");
        assert_string_equal(error_of("a)", "", v), "Unmatched ')'");
        assert_string_equal(error_of("*a", "", v), "Nothing to repeat");
        assert_string_equal(error_of("a**", "", v), "Nothing to repeat");
        assert_string_equal(error_of("{1}", "", v), "Nothing to repeat");
        assert_string_equal(error_of("[b-a]", "", v), "Range out of order in character class");
        assert_string_equal(error_of("a{2,1}", "", v), "numbers out of order in {} quantifier");
        assert_string_equal(error_of("[a", "", v), "Unterminated character class");
        assert_string_equal(error_of("(?<a>x)(?<a>y)", "", v), "Duplicate capture group name");
        assert_string_equal(error_of("(?<a>x)|(?<a>y)", "", v), "");
        assert_string_equal(error_of("\\k<b>(?<a>x)", "", v), "Invalid named capture referenced");
        assert_string_equal(error_of("(?<=a)+", "", v), "Nothing to repeat");
        assert_string_equal(error_of("(?=a)+", "", v), "");
        assert_string_equal(error_of("(?=a)+", "u", v), "Nothing to repeat");
        assert_string_equal(error_of("\\", "", v), "\\ at end of pattern");
        assert_string_equal(error_of("(?x)", "", v), "Invalid group");
        /* Annex B in non-unicode mode, strict with u */
        assert_string_equal(error_of("]{}\\c\\8\\q", "", v), "");
        assert_string_equal(error_of("]", "u", v), "Lone quantifier brackets");
        assert_string_equal(error_of("\\q", "u", v), "Invalid escape");
        assert_string_equal(error_of("\\u{110000}", "u", v), "Invalid Unicode escape");
        assert_string_equal(error_of("[\\d-z]", "u", v), "Invalid character class");
        assert_string_equal(error_of("\\p{Nope}", "u", v), "Invalid property name");
        assert_string_equal(error_of("[a&&&b]", "v", v), "Invalid character in character class");
        assert_string_equal(error_of("[ab&&c]", "v", v), "Invalid set operation in character class");
    }
}

static void test_match(void **state)
{
    (void)state;
    assert_string_equal(match("b+", "", "abbbc"), "1,4");
    assert_string_equal(match("(a)|(b)", "", "b"), "0,1 -1,-1 0,1");
    assert_string_equal(match("(z)((a+)?(b+)?(c))*", "", "zaacbbbcac"),
                        "0,10 0,1 8,10 8,9 -1,-1 9,10");
    assert_string_equal(match("(a*)*", "", "b"), "0,0 -1,-1");
    assert_string_equal(match("(a*)+", "", "b"), "0,0 0,0");
    assert_string_equal(match("(?=(a+))a*b\\1", "", "baaabac"), "3,6 3,4");
    assert_string_equal(match("(?<=(\\d+)(\\d+))$", "", "1053"), "4,4 0,1 1,4");
    assert_string_equal(match("(?<!abc)\\w\\w\\w", "", "abcdef"), "0,3");
    assert_string_equal(match("a{2,3}?", "", "aaaa"), "0,2");
    assert_string_equal(match("^b", "m", "a\nb"), "2,3");
    assert_string_equal(match("ABC", "i", "xabc"), "1,4");
    assert_string_equal(match("[^a-z]", "i", "abcD1"), "4,5");
    assert_string_equal(match("\\bx", "", "ax x"), "3,4");
    assert_string_equal(match("(a|ab)(c|bcd)(d*)", "", "abcd"), "0,4 0,1 1,4 4,4");
    assert_string_equal(match("(.)\\1", "i", "xaAb"), "1,3 1,2");
    assert_string_equal(match("(a+)+$", "", "aaaaaaaaaaaaaaaaaab"), "null");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_match),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
