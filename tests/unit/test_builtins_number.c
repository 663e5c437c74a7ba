/* Unit tests for Number, Math and the global functions (js_number.c,
 * js_math.c, js_global.c); expected values are node 20's. */
#include "test_builtins_harness.h"

static JSValue pi(const char *s) { return CALL("parseInt", JS_UNDEFINED, S(s)); }
static JSValue pf(const char *s) { return CALL("parseFloat", JS_UNDEFINED, S(s)); }

static void test_parse(void **state)
{
    (void)state;
    EXPECT(pi("  -0x1F"), "-31");
    EXPECT(pi("1e3"), "1");
    EXPECT(CALL("parseInt", JS_UNDEFINED, S("123"), N(5)), "38");
    EXPECT(CALL("parseInt", JS_UNDEFINED, S("z"), N(36)), "35");
    EXPECT(CALL("parseInt", JS_UNDEFINED, S("11"), N(1)), "null"); /* NaN */
    EXPECT(pi(""), "null");
    EXPECT(pi("0b11"), "0");
    EXPECT(pi("9007199254740993"), "9007199254740992");
    EXPECT(CALL("parseInt", JS_UNDEFINED, S("111111111111111111111111111111"), N(2)), "1073741823");
    assert_true(signbit(js_to_double(pi("-0"))));
    EXPECT(pf(".5e1x"), "5");
    assert_true(js_to_double(pf("-Infinityx")) == -INFINITY);
    EXPECT(pf("1e"), "1");
    EXPECT(pf("e1"), "null");
    EXPECT(pf("  +.1"), "0.1");
    EXPECT(pf("0x10"), "0");
    assert_true(CALL("isNaN", JS_UNDEFINED, S("abc")) == JS_TRUE);
    assert_true(CALL("isFinite", JS_UNDEFINED, S("12")) == JS_TRUE);
    assert_true(CALL("Number.isNaN", JS_UNDEFINED, S("abc")) == JS_FALSE);
    assert_true(CALL("Number.isInteger", JS_UNDEFINED, N(5.0)) == JS_TRUE);
    assert_true(CALL("Number.isSafeInteger", JS_UNDEFINED, N(9007199254740992.0)) == JS_FALSE);
    assert_true(G("Number.parseInt") == G("parseInt"));
}

static void test_number_methods(void **state)
{
    (void)state;
    EXPECT(CALL("Number.prototype.toString", N(255), N(16)), "\"ff\"");
    EXPECT(CALL("Number.prototype.toString", N(-255.5), N(16)), "\"-ff.8\"");
    EXPECT(CALL("Number.prototype.toString", N(0.5), N(2)), "\"0.1\"");
    EXPECT(CALL("Number.prototype.toString", N(1), N(1)),
           "<RangeError: toString() radix argument must be between 2 and 36>");
    EXPECT(CALL("Number.prototype.toFixed", N(1.005), N(2)), "\"1.00\"");
    EXPECT(CALL("Number.prototype.toFixed", N(1e21), N(2)), "\"1e+21\"");
    EXPECT(CALL("Number.prototype.toFixed", N(1), N(101)),
           "<RangeError: toFixed() digits argument must be between 0 and 100>");
    EXPECT(CALL("Number.prototype.toPrecision", N(123.456), N(4)), "\"123.5\"");
    EXPECT(CALL("Number.prototype.toPrecision", N(1), N(0)),
           "<RangeError: toPrecision() argument must be between 1 and 100>");
    EXPECT(CALL0("Number.prototype.toExponential", N(123.456)), "\"1.23456e+2\"");
    EXPECT(CALL0("Number.prototype.toString", S("x")),
           "<TypeError: Number.prototype.toString requires that 'this' be a Number>");
    EXPECT(CALL0("Number.prototype.toLocaleString", N(1234567.891)), "\"1,234,567.891\"");
    EXPECT(CALL("Number", JS_UNDEFINED, S(" 12 ")), "12");
    EXPECT(CALL0("Number", JS_UNDEFINED), "0");
    EXPECT(G("Number.EPSILON"), "2.220446049250313e-16");
    EXPECT(G("Number.MIN_VALUE"), "5e-324");
    EXPECT(G("Number.MAX_SAFE_INTEGER"), "9007199254740991");
    JSValue wrapped = js_construct(G("Number"), 1, (JSValue[]){ N(7) }, JS_UNDEFINED);
    EXPECT(CALL0("Number.prototype.valueOf", wrapped), "7");
    EXPECT(CALL0("Boolean.prototype.toString", JS_TRUE), "\"true\"");
    EXPECT(CALL("Boolean", JS_UNDEFINED, S("")), "false");
}

static void test_math(void **state)
{
    (void)state;
    assert_true(signbit(js_to_double(CALL("Math.round", JS_UNDEFINED, N(-0.5)))));
    EXPECT(CALL("Math.round", JS_UNDEFINED, N(2.5)), "3");
    EXPECT(CALL("Math.round", JS_UNDEFINED, N(-2.5)), "-2");
    EXPECT(CALL("Math.round", JS_UNDEFINED, N(0.49999999999999994)), "0");
    assert_true(js_to_double(CALL0("Math.max", JS_UNDEFINED)) == -INFINITY);
    assert_true(signbit(js_to_double(CALL("Math.min", JS_UNDEFINED, N(0.0), N(-0.0)))));
    assert_false(signbit(js_to_double(CALL("Math.max", JS_UNDEFINED, N(-0.0), N(0.0)))));
    EXPECT(CALL("Math.max", JS_UNDEFINED, N(1), N(NAN), N(3)), "null");
    EXPECT(CALL("Math.hypot", JS_UNDEFINED, N(3), N(4), N(12)), "13");
    assert_true(js_to_double(CALL("Math.hypot", JS_UNDEFINED, N(NAN), N(INFINITY))) == INFINITY);
    EXPECT(CALL("Math.sign", JS_UNDEFINED, N(-3)), "-1");
    EXPECT(CALL("Math.cbrt", JS_UNDEFINED, N(27)), "3");
    EXPECT(CALL("Math.clz32", JS_UNDEFINED, N(1)), "31");
    EXPECT(CALL("Math.clz32", JS_UNDEFINED, N(0)), "32");
    EXPECT(CALL("Math.imul", JS_UNDEFINED, N(4294967295.0), N(5)), "-5");
    EXPECT(CALL("Math.fround", JS_UNDEFINED, N(5.05)), "5.050000190734863");
    EXPECT(CALL("Math.atan2", JS_UNDEFINED, N(1), N(1)), "0.7853981633974483");
    EXPECT(CALL("Math.pow", JS_UNDEFINED, N(1), N(NAN)), "null");
    EXPECT(CALL("Math.pow", JS_UNDEFINED, N(2), N(10)), "1024");
    EXPECT(CALL("Math.trunc", JS_UNDEFINED, N(-4.7)), "-4");
    EXPECT(G("Math.PI"), "3.141592653589793");
    for (int i = 0; i < 1000; i++) {
        double r = js_to_double(CALL0("Math.random", JS_UNDEFINED));
        assert_true(r >= 0 && r < 1);
    }
}

static void test_uri(void **state)
{
    (void)state;
    EXPECT(CALL("encodeURIComponent", JS_UNDEFINED, S("a b&\xC3\xBC/")), "\"a%20b%26%C3%BC%2F\"");
    EXPECT(CALL("encodeURI", JS_UNDEFINED, S("http://x.com/a b?q=\xC3\xBC#f")),
           "\"http://x.com/a%20b?q=%C3%BC#f\"");
    EXPECT(CALL("decodeURI", JS_UNDEFINED, S("%41%2F%e2%82%ac")), "\"A%2F\xE2\x82\xAC\"");
    EXPECT(CALL("decodeURIComponent", JS_UNDEFINED, S("%41%2F%e2%82%ac")), "\"A/\xE2\x82\xAC\"");
    EXPECT(CALL("decodeURIComponent", JS_UNDEFINED, S("%")), "<URIError: URI malformed>");
    EXPECT(CALL("decodeURIComponent", JS_UNDEFINED, S("%C3")), "<URIError: URI malformed>");
    uint16_t lone[] = { 0xD800 };
    EXPECT(CALL("encodeURIComponent", JS_UNDEFINED, js_new_string_utf16(lone, 1)), "<URIError: URI malformed>");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_number_methods),
        cmocka_unit_test(test_math),
        cmocka_unit_test(test_uri),
    };
    return cmocka_run_group_tests(tests, builtins_test_setup, NULL);
}
