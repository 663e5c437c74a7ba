/* Unit tests for number.c: Number::toString (shortest round trip, the
 * spec's layout rules) and StringToNumber. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>
#include "kiln/runtime.h"

static int setup(void **state) { (void)state; return js_runtime_init(); }

static void check(double d, const char *want)
{
    char buf[64];
    js_dtoa(d, buf);
    if (strcmp(buf, want) != 0) print_error("dtoa(%.17g) = %s, want %s\n", d, buf, want);
    assert_string_equal(buf, want);
    JSValue s = js_number_to_string(d);
    assert_string_equal(js_string_to_utf8(s, NULL), want);
}

static void test_dtoa_hard_cases(void **state)
{
    (void)state;
    check(5e-324, "5e-324");
    check(1e21, "1e+21");
    check(1e20, "100000000000000000000");
    check(0.1 + 0.2, "0.30000000000000004");
    check(-0.0, "0");
    check(0.0, "0");
    check(123456789012345680000.0, "123456789012345680000");
    check(1.7976931348623157e308, "1.7976931348623157e+308");
    check(1e-7, "1e-7");
    check(1e-6, "0.000001");
    check(123e-20, "1.23e-18");
    check(NAN, "NaN");
    check(INFINITY, "Infinity");
    check(-INFINITY, "-Infinity");
    check(1.5, "1.5");
    check(-1.5, "-1.5");
    check(100, "100");
    check(0.1, "0.1");
    check(1.0 / 3, "0.3333333333333333");
    check(2.0 / 3, "0.6666666666666666");
    check(9007199254740993.0, "9007199254740992");
    check(4294967296.0, "4294967296");
    check(1.2345e-5, "0.000012345");
    check(-1e-7, "-1e-7");
    check(3.14159, "3.14159");
    check(2.2250738585072014e-308, "2.2250738585072014e-308");
    check(1e100, "1e+100");
    check(123456.789, "123456.789");
    check(0.000001234, "0.000001234");
    check(1.1e21, "1.1e+21");
}

static double num(const char *s) { return js_string_to_number(js_new_string_cstr(s)); }

static void test_string_to_number(void **state)
{
    (void)state;
    assert_true(num("") == 0);
    assert_true(num("   ") == 0);
    assert_true(num(" 42 ") == 42);
    assert_true(num("\t\n 1.5e3\r") == 1500);
    assert_true(num("0x1F") == 31);
    assert_true(num("0X1f") == 31);
    assert_true(num("0o17") == 15);
    assert_true(num("0b101") == 5);
    assert_true(isnan(num("-0x10")));
    assert_true(isnan(num("0x")));
    assert_true(isnan(num("1e")));
    assert_true(isnan(num("abc")));
    assert_true(isnan(num("1_000")));
    assert_true(isnan(num("infinity")));
    assert_true(num("Infinity") == INFINITY);
    assert_true(num("-Infinity") == -INFINITY);
    assert_true(num("+Infinity") == INFINITY);
    assert_true(num(".5") == 0.5);
    assert_true(num("5.") == 5);
    assert_true(isnan(num(".")));
    assert_true(num("-0") == 0 && signbit(num("-0")));
    assert_true(num("00012") == 12);
    assert_true(num("1e1000") == INFINITY);
    assert_true(num("\xc2\xa0" "7") == 7);     /* NBSP is white space */
    assert_true(num("\xef\xbb\xbf" "8") == 8); /* BOM too */
    assert_true(isnan(num("12px")));
    assert_true(num("0.1") == 0.1);
}

static void test_radix(void **state)
{
    (void)state;
    struct { double d; int r; const char *want; } cases[] = {
        { 255, 16, "ff" }, { -255, 2, "-11111111" }, { 0.5, 2, "0.1" },
        { 3.75, 2, "11.11" }, { 35, 36, "z" }, { 0.1, 3, "0.0022002200220022002200220022002201" },
        { 1e21, 16, "3635c9adc5dea00000" }, { 0, 2, "0" }, { 0.5, 16, "0.8" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *got = js_string_to_utf8(js_number_to_string_radix(cases[i].d, cases[i].r), NULL);
        if (strcmp(got, cases[i].want)) print_error("radix %g/%d: %s want %s\n", cases[i].d, cases[i].r, got, cases[i].want);
        assert_string_equal(got, cases[i].want);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dtoa_hard_cases),
        cmocka_unit_test(test_string_to_number),
        cmocka_unit_test(test_radix),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
