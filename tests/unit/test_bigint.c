/* Unit tests for bigint.c: exact conversions to and from Number (rounding
 * to nearest, ties to even), StringToBigInt, asIntN/asUintN and the size
 * limit. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>
#include "kiln/bigint.h"
#include "kiln/runtime.h"

static int setup(void **state) { (void)state; return js_runtime_init(); }

static JSValue big(const char *decimal) { return js_bigint_from_decimal(decimal, strlen(decimal)); }
static const char *str(JSValue b, int radix) { return js_string_to_utf8(js_bigint_to_string(b, radix), NULL); }

static void test_to_double_rounds_to_nearest_even(void **state)
{
    (void)state;
    assert_true(js_bigint_to_double(big("9007199254740993")) == 9007199254740992.0);  /* tie: even */
    assert_true(js_bigint_to_double(big("9007199254740995")) == 9007199254740996.0);  /* tie: even */
    assert_true(js_bigint_to_double(big("9007199254740993000")) == 9007199254740993000.0);
    assert_true(js_bigint_to_double(big("-1152921504606846977")) == -1152921504606846976.0);
    /* 2^53 + 1 + 2^-k style sticky bits: just above a tie rounds up */
    assert_true(js_bigint_to_double(big("18014398509481987")) == 18014398509481988.0);
    JSValue huge = js_bigint_binary(JS_BIGINT_POW, big("2"), big("1024"));
    assert_true(isinf(js_bigint_to_double(huge)));
    assert_true(js_bigint_to_double(js_bigint_negate(huge)) == -INFINITY);
    /* 2^1024 - 2^970 is the first value that rounds to Infinity */
    JSValue below = js_bigint_binary(JS_BIGINT_SUB, huge, js_bigint_binary(JS_BIGINT_POW, big("2"), big("971")));
    assert_true(js_bigint_to_double(below) == 1.7976931348623157e308);
}

static void test_string_to_bigint(void **state)
{
    (void)state;
    struct { const char *in, *want; } ok[] = {
        { "", "0" }, { "  42  ", "42" }, { "-17", "-17" }, { "+5", "5" }, { "0x1F", "31" },
        { "0o777", "511" }, { "0B101", "5" }, { "\t\n 00012", "12" },
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        JSValue r = js_string_to_bigint(js_new_string_cstr(ok[i].in));
        assert_true(r != JS_EMPTY);
        assert_string_equal(str(r, 10), ok[i].want);
    }
    const char *bad[] = { "1n", "1.5", "1e3", "-0x1", "0x", "1_000", "-", "12a", "0b2" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_true(js_string_to_bigint(js_new_string_cstr(bad[i])) == JS_EMPTY);
}

static void test_as_n(void **state)
{
    (void)state;
    assert_string_equal(str(js_bigint_as_n(8, big("255"), true), 10), "-1");
    assert_string_equal(str(js_bigint_as_n(8, big("128"), true), 10), "-128");
    assert_string_equal(str(js_bigint_as_n(8, big("127"), true), 10), "127");
    assert_string_equal(str(js_bigint_as_n(8, js_bigint_negate(big("1")), false), 10), "255");
    assert_string_equal(str(js_bigint_as_n(64, js_bigint_negate(big("1")), false), 16), "ffffffffffffffff");
    assert_string_equal(str(js_bigint_as_n(0, big("5"), false), 10), "0");
    assert_string_equal(str(js_bigint_as_n(UINT64_C(9007199254740991), big("5"), true), 10), "5");
    assert_true(js_bigint_as_n(UINT64_C(9007199254740991), js_bigint_negate(big("1")), false) == JS_EXCEPTION);
}

static void test_compare_and_hash(void **state)
{
    (void)state;
    assert_int_equal(js_bigint_compare_double(big("1"), 1.5), -1);
    assert_int_equal(js_bigint_compare_double(big("2"), 1.5), 1);
    assert_int_equal(js_bigint_compare_double(big("9007199254740993"), 9007199254740992.0), 1);
    assert_int_equal(js_bigint_compare_double(big("3"), NAN), 2);
    assert_int_equal(js_bigint_compare_double(big("3"), INFINITY), -1);
    assert_int_equal(js_bigint_compare_double(big("3"), -INFINITY), 1);
    assert_true(js_bigint_hash(big("123456789012345678901234567890")) ==
                js_bigint_hash(big("123456789012345678901234567890")));
    assert_true(js_bigint_equals(js_bigint_binary(JS_BIGINT_MUL, big("3"), big("4")), big("12")));
}

static void test_size_limit(void **state)
{
    (void)state;
    assert_true(js_bigint_binary(JS_BIGINT_SHL, big("1"), big("1073741824")) == JS_EXCEPTION);
    assert_true(js_bigint_binary(JS_BIGINT_POW, big("2"), big("1073741824")) == JS_EXCEPTION);
    assert_true(js_bigint_binary(JS_BIGINT_POW, js_bigint_negate(big("1")), big("100000000000000000001")) != JS_EXCEPTION);
    assert_true(js_bigint_binary(JS_BIGINT_DIV, big("1"), big("0")) == JS_EXCEPTION);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_to_double_rounds_to_nearest_even),
        cmocka_unit_test(test_string_to_bigint),
        cmocka_unit_test(test_as_n),
        cmocka_unit_test(test_compare_and_hash),
        cmocka_unit_test(test_size_limit),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
