/* Unit tests for the typed array element conversions (js_typed.h) and the
 * canonical numeric key test; expected values are node 20's. */
#include "test_builtins_harness.h"
#include "js_typed.h"

static void test_integer_conversions(void **state)
{
    (void)state;
    assert_int_equal(js_to_int8(127.9), 127);
    assert_int_equal(js_to_int8(128), -128);
    assert_int_equal(js_to_int8(-129), 127);
    assert_int_equal(js_to_uint8(-1), 255);
    assert_int_equal(js_to_uint8(256.5), 0);
    assert_int_equal(js_to_int16(32768), -32768);
    assert_int_equal(js_to_uint16(-1.5), 65535);
    assert_int_equal(js_to_int32_d(2147483648.0), INT32_MIN);
    assert_int_equal(js_to_int32_d(-2147483649.0), INT32_MAX);
    assert_int_equal(js_to_uint32_d(-1), UINT32_MAX);
    assert_int_equal(js_to_uint32_d(1e10), 1410065408u);
    assert_int_equal(js_to_uint32_d(-1e20), 2632974336u);
    assert_int_equal(js_to_int32_d(NAN), 0);
    assert_int_equal(js_to_int32_d(INFINITY), 0);
    assert_int_equal(js_to_uint8(-INFINITY), 0);
}

static void test_clamp(void **state)
{
    (void)state;
    assert_int_equal(js_to_uint8_clamp(0.5), 0);    /* half to even */
    assert_int_equal(js_to_uint8_clamp(1.5), 2);
    assert_int_equal(js_to_uint8_clamp(2.5), 2);
    assert_int_equal(js_to_uint8_clamp(2.5000001), 3);
    assert_int_equal(js_to_uint8_clamp(254.5), 254);
    assert_int_equal(js_to_uint8_clamp(254.6), 255);
    assert_int_equal(js_to_uint8_clamp(-0.1), 0);
    assert_int_equal(js_to_uint8_clamp(300), 255);
    assert_int_equal(js_to_uint8_clamp(NAN), 0);
    assert_int_equal(js_to_uint8_clamp(INFINITY), 255);
}

static void test_store_load(void **state)
{
    (void)state;
    uint8_t b[8];
    js_ta_store_number(JS_TA_FLOAT32, b, 0.1);
    assert_true(js_ta_load_number(JS_TA_FLOAT32, b) == (double)0.1f);
    js_ta_store_number(JS_TA_INT16, b, -2);
    assert_int_equal(b[0], 0xfe);   /* little-endian */
    assert_int_equal(b[1], 0xff);
    assert_true(js_ta_load_number(JS_TA_UINT16, b) == 65534);
    js_ta_store_number(JS_TA_FLOAT64, b, -0.0);
    assert_true(signbit(js_ta_load_number(JS_TA_FLOAT64, b)));
    assert_int_equal(js_ta_type_size(JS_TA_BIGUINT64), 8);
    assert_int_equal(js_ta_type_size(JS_TA_UINT8C), 1);
}

static void test_canonical_numeric(void **state)
{
    (void)state;
    double d;
    assert_true(js_canonical_numeric_index(js_atom_from_cstr("12"), &d) && d == 12);
    assert_true(js_canonical_numeric_index(js_atom_from_cstr("-0"), &d) && d == 0 && signbit(d));
    assert_true(js_canonical_numeric_index(js_atom_from_cstr("1.5"), &d) && d == 1.5);
    assert_true(js_canonical_numeric_index(js_atom_from_cstr("Infinity"), &d) && isinf(d));
    assert_true(js_canonical_numeric_index(js_atom_from_cstr("NaN"), &d) && isnan(d));
    assert_true(js_canonical_numeric_index(js_atom_from_cstr("4294967295"), &d) && d == 4294967295.0);
    assert_false(js_canonical_numeric_index(js_atom_from_cstr("01"), &d));
    assert_false(js_canonical_numeric_index(js_atom_from_cstr("1e3"), &d));
    assert_false(js_canonical_numeric_index(js_atom_from_cstr("+1"), &d));
    assert_false(js_canonical_numeric_index(js_atom_from_cstr(""), &d));
    assert_false(js_canonical_numeric_index(js_atom_from_cstr("length"), &d));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_integer_conversions),
        cmocka_unit_test(test_clamp),
        cmocka_unit_test(test_store_load),
        cmocka_unit_test(test_canonical_numeric),
    };
    return cmocka_run_group_tests(tests, builtins_test_setup, NULL);
}
