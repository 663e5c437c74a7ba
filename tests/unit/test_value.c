/* Unit tests for the JSValue encoding (value.h) and the pure value helpers. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <cmocka.h>
#include "kiln/runtime.h"

static void test_constants(void **state)
{
    (void)state;
    assert_true(js_is_bool(JS_TRUE));
    assert_true(js_is_bool(JS_FALSE));
    assert_false(js_is_bool(JS_NULL));
    assert_true(js_is_nullish(JS_NULL));
    assert_true(js_is_nullish(JS_UNDEFINED));
    assert_false(js_is_nullish(JS_FALSE));
    assert_false(js_is_nullish(JS_EMPTY));
    assert_false(js_is_cell(JS_UNDEFINED));
    assert_false(js_is_number(JS_UNDEFINED));
}

static void test_int32(void **state)
{
    (void)state;
    int32_t vals[] = {0, 1, -1, INT32_MAX, INT32_MIN, 42};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        JSValue v = js_mk_int32(vals[i]);
        assert_true(js_is_int32(v));
        assert_true(js_is_number(v));
        assert_false(js_is_cell(v));
        assert_false(js_is_double(v));
        assert_int_equal(js_get_int32(v), vals[i]);
        assert_true(js_to_double(v) == (double)vals[i]);
    }
}

static void test_double(void **state)
{
    (void)state;
    double vals[] = {0.5, -0.0, 1e308, -1e308, 5e-324, INFINITY, -INFINITY, 3.14};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        JSValue v = js_mk_double(vals[i]);
        assert_true(js_is_number(v));
        assert_true(js_is_double(v));
        assert_false(js_is_int32(v));
        assert_false(js_is_cell(v));
        assert_memory_equal(&(double){js_get_double(v)}, &vals[i], 8);
    }
    JSValue n = js_mk_double(NAN);
    assert_true(js_is_double(n));
    assert_true(isnan(js_get_double(n)));
    assert_true(n == js_mk_double(-NAN));
    /* js_mk_number narrows exact integers but keeps -0 a double */
    assert_true(js_is_int32(js_mk_number(7.0)));
    assert_true(js_is_double(js_mk_number(-0.0)));
    assert_true(js_is_double(js_mk_number(2147483648.0)));
    assert_true(js_is_double(js_mk_number(0.5)));
}

static void test_cell(void **state)
{
    (void)state;
    static uint64_t fake[4];
    JSValue v = js_mk_cell(fake);
    assert_true(js_is_cell(v));
    assert_false(js_is_number(v));
    assert_ptr_equal(js_cell_ptr(v), fake);
}

static void test_to_int32(void **state)
{
    (void)state;
    assert_int_equal(js_double_to_int32(4294967296.0 + 5), 5);
    assert_int_equal(js_double_to_int32(2147483648.0), INT32_MIN);
    assert_int_equal(js_double_to_int32(-2147483649.0), INT32_MAX);
    assert_int_equal(js_double_to_int32(NAN), 0);
    assert_int_equal(js_double_to_int32(INFINITY), 0);
    assert_int_equal(js_double_to_int32(-3.9), -3);
    assert_int_equal(js_double_to_int32(1e20), 1661992960);
}

/* Every entry of rt_abi.def must be defined by the runtime library: taking
 * each address here makes a missing one a link error of this test. */
#define RT_FN(name, c_ret, c_params, code_ret, codes) (void (*)(void))name,
static void (*const abi_table[])(void) = {
#include "kiln/rt_abi.def"
};
#undef RT_FN

static void test_abi_complete(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof abi_table / sizeof abi_table[0]; i++)
        assert_non_null(abi_table[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_constants),
        cmocka_unit_test(test_int32),
        cmocka_unit_test(test_double),
        cmocka_unit_test(test_cell),
        cmocka_unit_test(test_to_int32),
        cmocka_unit_test(test_abi_complete),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
