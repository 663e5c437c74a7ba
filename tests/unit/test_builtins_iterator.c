/* Unit tests for js_iterator_helpers.c: the lazy helpers over an array
 * iterator, the eager ones, argument validation (which closes the
 * receiver), and Iterator.from's wrapping. node 20 predates iterator
 * helpers, so these and test262 are their tests. */
#include "test_builtins_harness.h"

static JSValue values(const char *json) { return CALL0("Array.prototype.values", P(json)); }

static JSValue double_it(JSFunction *f, JSValue t, int32_t argc, const JSValue *argv, JSValue nt)
{
    (void)f; (void)t; (void)nt; (void)argc;
    return js_mk_number(2 * js_to_double(argv[0]));
}

static JSValue is_odd(JSFunction *f, JSValue t, int32_t argc, const JSValue *argv, JSValue nt)
{
    (void)f; (void)t; (void)nt; (void)argc;
    return js_mk_bool(((int64_t)js_to_double(argv[0])) % 2 != 0);
}

static JSValue add(JSFunction *f, JSValue t, int32_t argc, const JSValue *argv, JSValue nt)
{
    (void)f; (void)t; (void)nt; (void)argc;
    return js_mk_number(js_to_double(argv[0]) + js_to_double(argv[1]));
}

static void test_lazy_helpers(void **state)
{
    (void)state;
    JSValue dbl = js_new_native_function("dbl", double_it, 1);
    JSValue odd = js_new_native_function("odd", is_odd, 1);
    EXPECT(CALL0("Iterator.prototype.toArray", CALL("Iterator.prototype.map", values("[1,2,3]"), dbl)), "[2,4,6]");
    EXPECT(CALL0("Iterator.prototype.toArray", CALL("Iterator.prototype.filter", values("[1,2,3,5]"), odd)), "[1,3,5]");
    EXPECT(CALL0("Iterator.prototype.toArray", CALL("Iterator.prototype.take", values("[1,2,3]"), N(2))), "[1,2]");
    EXPECT(CALL0("Iterator.prototype.toArray", CALL("Iterator.prototype.drop", values("[1,2,3]"), N(2))), "[3]");
    EXPECT(CALL0("Iterator.prototype.toArray", CALL("Iterator.prototype.drop", values("[1,2,3]"), N(INFINITY))), "[]");
    JSValue h = CALL("Iterator.prototype.map", values("[7]"), dbl);
    EXPECT(CALL0("Object.prototype.toString", h), "\"[object Iterator Helper]\"");
    EXPECT(js_call(js_get_property_str(h, "next"), h, 0, NULL), "{\"value\":14,\"done\":false}");
    EXPECT(js_call(js_get_property_str(h, "next"), h, 0, NULL), "{\"done\":true}");
}

static void test_eager_helpers(void **state)
{
    (void)state;
    JSValue odd = js_new_native_function("odd", is_odd, 1);
    JSValue sum = js_new_native_function("add", add, 2);
    EXPECT(CALL("Iterator.prototype.reduce", values("[1,2,3]"), sum), "6");
    EXPECT(CALL("Iterator.prototype.reduce", values("[1,2,3]"), sum, N(10)), "16");
    EXPECT(CALL("Iterator.prototype.reduce", values("[]"), sum), "<TypeError: Reduce of empty iterator with no initial value>");
    assert_true(CALL("Iterator.prototype.some", values("[2,4,5]"), odd) == JS_TRUE);
    assert_true(CALL("Iterator.prototype.every", values("[1,3,4]"), odd) == JS_FALSE);
    EXPECT(CALL("Iterator.prototype.find", values("[2,9,4]"), odd), "9");
}

static void test_validation(void **state)
{
    (void)state;
    EXPECT(CALL("Iterator.prototype.take", values("[1]"), N(-1)), "<RangeError: -1 must be positive>");
    EXPECT(CALL("Iterator.prototype.take", values("[1]"), N(NAN)), "<RangeError: NaN must be positive>");
    EXPECT(CALL("Iterator.prototype.map", values("[1]"), N(1)), "<TypeError: 1 is not a function>");
    EXPECT(CALL("Iterator.prototype.map", N(1), N(1)), "<TypeError: Iterator.prototype.map called on non-object>");
    EXPECT(js_construct(G("Iterator"), 0, NULL, JS_UNDEFINED), "<TypeError: Abstract class Iterator not directly constructable>");
}

static void test_from(void **state)
{
    (void)state;
    JSValue arr_it = values("[1,2]");
    assert_true(CALL("Iterator.from", G("Iterator"), arr_it) == arr_it);   /* already an Iterator */
    EXPECT(CALL0("Iterator.prototype.toArray", CALL("Iterator.from", G("Iterator"), S("ab"))), "[\"a\",\"b\"]");
    EXPECT(CALL("Iterator.from", G("Iterator"), N(3)), "<TypeError: 3 is not an object>");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lazy_helpers),
        cmocka_unit_test(test_eager_helpers),
        cmocka_unit_test(test_validation),
        cmocka_unit_test(test_from),
    };
    return cmocka_run_group_tests(tests, builtins_test_setup, NULL);
}
