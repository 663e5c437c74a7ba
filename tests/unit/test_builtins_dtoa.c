/* Unit tests for js_dtoa.c: the exact digit generation behind
 * Number.prototype.toFixed, toExponential, toPrecision and toString(radix).
 * Expected strings are what node 20 prints. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>
#include "builtins.h"

static char buf[JS_DTOA_RADIX_BUF];

static const char *fixed(double x, int f) { js_dtoa_fixed(x, f, buf); return buf; }
static const char *expo(double x, int f) { js_dtoa_exponential(x, f, buf); return buf; }
static const char *prec(double x, int p) { js_dtoa_precision(x, p, buf); return buf; }
static const char *radix(double x, int r) { js_dtoa_radix(x, r, buf); return buf; }

static void test_to_fixed(void **state)
{
    (void)state;
    assert_string_equal(fixed(1.005, 2), "1.00");       /* 1.005 is 1.00499999... */
    assert_string_equal(fixed(0.5, 0), "1");            /* ties pick the larger n */
    assert_string_equal(fixed(2.5, 0), "3");
    assert_string_equal(fixed(-0.5, 0), "-1");
    assert_string_equal(fixed(-1e-10, 2), "-0.00");
    assert_string_equal(fixed(0, 2), "0.00");
    assert_string_equal(fixed(123.456, 10), "123.4560000000");
    assert_string_equal(fixed(1.45, 1), "1.4");          /* 1.45 is below the tie */
    assert_string_equal(fixed(1e20, 2), "100000000000000000000.00");
    assert_string_equal(fixed(0.000001, 7), "0.0000010");
    assert_string_equal(fixed(999.995, 2), "1000.00");   /* 999.995 is above the tie: carry */
    assert_string_equal(fixed(5e-324, 100),
        "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
    assert_string_equal(fixed(0.1, 20), "0.10000000000000000555");
}

static void test_to_exponential(void **state)
{
    (void)state;
    assert_string_equal(expo(123.456, -1), "1.23456e+2");
    assert_string_equal(expo(0, -1), "0e+0");
    assert_string_equal(expo(0, 2), "0.00e+0");
    assert_string_equal(expo(-1.25, 1), "-1.3e+0");
    assert_string_equal(expo(1e21, -1), "1e+21");
    assert_string_equal(expo(5e-324, -1), "5e-324");
    assert_string_equal(expo(5e-324, 3), "4.941e-324");
    assert_string_equal(expo(0.1 + 0.2, -1), "3.0000000000000004e-1");
    assert_string_equal(expo(99.99, 1), "1.0e+2");
}

static void test_to_precision(void **state)
{
    (void)state;
    assert_string_equal(prec(1e-7, 2), "1.0e-7");
    assert_string_equal(prec(123456, 2), "1.2e+5");
    assert_string_equal(prec(0.000001234, 2), "0.0000012");
    assert_string_equal(prec(1.5, 1), "2");
    assert_string_equal(prec(2.5, 1), "3");
    assert_string_equal(prec(0, 3), "0.00");
    assert_string_equal(prec(1e21, 3), "1.00e+21");
    assert_string_equal(prec(123.456, 4), "123.5");
    assert_string_equal(prec(-0.0001, 1), "-0.0001");
    assert_string_equal(prec(123, 3), "123");
    assert_string_equal(prec(99.99, 3), "100");
}

static void test_to_string_radix(void **state)
{
    (void)state;
    assert_string_equal(radix(0.5, 2), "0.1");
    assert_string_equal(radix(255, 16), "ff");
    assert_string_equal(radix(-255.5, 16), "-ff.8");
    assert_string_equal(radix(0.1, 3), "0.0022002200220022002200220022002201");
    assert_string_equal(radix(3.141592653589793, 36), "3.53i5ab8p5f");
    assert_string_equal(radix(1e21, 7), "5135235413265003022600000");
    assert_string_equal(radix(1152921504606846976.0, 3), "21200101122222021102111220121112210000");
    assert_string_equal(radix(0.1, 2), "0.0001100110011001100110011001100110011001100110011001101");
    assert_string_equal(radix(-2147483648.0, 2), "-10000000000000000000000000000000");
    assert_string_equal(radix(35, 36), "z");
    js_dtoa_radix(5e-324, 2, buf);
    assert_int_equal(strlen(buf), 1076);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_to_fixed),
        cmocka_unit_test(test_to_exponential),
        cmocka_unit_test(test_to_precision),
        cmocka_unit_test(test_to_string_radix),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
