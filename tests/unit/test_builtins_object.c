/* Unit tests for Object, Object.prototype and Function.prototype
 * (js_object.c, js_function.c); expected values are node 20's. */
#include "test_builtins_harness.h"

static void test_keys_values_entries(void **state)
{
    (void)state;
    JSValue o = P("{\"b\":1,\"a\":[2],\"2\":3,\"1\":4}");
    EXPECT(CALL("Object.keys", JS_UNDEFINED, o), "[\"1\",\"2\",\"b\",\"a\"]");
    EXPECT(CALL("Object.values", JS_UNDEFINED, o), "[4,3,1,[2]]");
    EXPECT(CALL("Object.entries", JS_UNDEFINED, P("{\"x\":1}")), "[[\"x\",1]]");
    EXPECT(CALL("Object.keys", JS_UNDEFINED, S("ab")), "[\"0\",\"1\"]");
    EXPECT(CALL("Object.keys", JS_UNDEFINED, JS_NULL), "<TypeError: Cannot convert undefined or null to object>");
    EXPECT(CALL("Object.assign", JS_UNDEFINED, P("{\"a\":1}"), JS_NULL, P("{\"b\":2}"), P("{\"a\":3}")),
           "{\"a\":3,\"b\":2}");
    EXPECT(CALL("Object.fromEntries", JS_UNDEFINED, P("[[\"a\",1],[\"b\",[2]]]")), "{\"a\":1,\"b\":[2]}");
    EXPECT(CALL("Object.fromEntries", JS_UNDEFINED, P("[1]")),
           "<TypeError: Iterator value 1 is not an entry object>");
}

static void test_descriptors(void **state)
{
    (void)state;
    JSValue o = P("{\"a\":1}");
    EXPECT(CALL("Object.defineProperty", JS_UNDEFINED, o, S("h"), P("{\"value\":2}")), "{\"a\":1}");
    EXPECT(CALL("Object.getOwnPropertyDescriptor", JS_UNDEFINED, o, S("h")),
           "{\"value\":2,\"writable\":false,\"enumerable\":false,\"configurable\":false}");
    EXPECT(CALL("Object.getOwnPropertyDescriptor", JS_UNDEFINED, o, S("a")),
           "{\"value\":1,\"writable\":true,\"enumerable\":true,\"configurable\":true}");
    EXPECT(CALL("Object.getOwnPropertyDescriptor", JS_UNDEFINED, o, S("zz")), "undefined");
    EXPECT(CALL("Object.getOwnPropertyNames", JS_UNDEFINED, o), "[\"a\",\"h\"]");
    EXPECT(CALL("Object.defineProperty", JS_UNDEFINED, N(1), S("a"), P("{}")),
           "<TypeError: Object.defineProperty called on non-object>");
    EXPECT(CALL("Object.defineProperty", JS_UNDEFINED, o, S("a"), N(1)),
           "<TypeError: Property description must be an object: 1>");
    EXPECT(CALL("Object.defineProperty", JS_UNDEFINED, o, S("a"), P("{\"get\":1}")),
           "<TypeError: Getter must be a function: 1>");
    JSValue desc = P("{\"value\":1}");
    js_set_property_str(desc, "get", G("Math.max"));
    EXPECT(CALL("Object.defineProperty", JS_UNDEFINED, o, S("a"), desc),
           "<TypeError: Invalid property descriptor. Cannot both specify accessors and a value or "
           "writable attribute, #<Object>>");
    /* Object.create with descriptors */
    JSValue c = CALL("Object.create", JS_UNDEFINED, JS_NULL, P("{\"x\":{\"value\":5,\"enumerable\":true}}"));
    EXPECT(c, "{\"x\":5}");
    EXPECT(CALL("Object.getPrototypeOf", JS_UNDEFINED, c), "null");
    EXPECT(CALL("Object.create", JS_UNDEFINED, N(1)),
           "<TypeError: Object prototype may only be an Object or null: 1>");
}

static void test_integrity_and_prototypes(void **state)
{
    (void)state;
    JSValue o = P("{\"a\":1}");
    assert_true(CALL("Object.isFrozen", JS_UNDEFINED, o) == JS_FALSE);
    CALL("Object.freeze", JS_UNDEFINED, o);
    assert_true(CALL("Object.isFrozen", JS_UNDEFINED, o) == JS_TRUE);
    assert_true(CALL("Object.isSealed", JS_UNDEFINED, o) == JS_TRUE);
    assert_true(CALL("Object.isExtensible", JS_UNDEFINED, o) == JS_FALSE);
    assert_true(CALL("Object.isFrozen", JS_UNDEFINED, N(1)) == JS_TRUE);
    JSValue p = P("{\"inherited\":1}");
    JSValue child = P("{}");
    EXPECT(CALL("Object.setPrototypeOf", JS_UNDEFINED, child, p), "{}");
    assert_true(CALL("Object.getPrototypeOf", JS_UNDEFINED, child) == p);
    EXPECT(js_get_property_str(child, "inherited"), "1");
    assert_true(CALL("Object.prototype.isPrototypeOf", p, child) == JS_TRUE);
    assert_true(CALL("Object.prototype.hasOwnProperty", child, S("inherited")) == JS_FALSE);
    assert_true(CALL("Object.hasOwn", JS_UNDEFINED, p, S("inherited")) == JS_TRUE);
    EXPECT(CALL("Object.setPrototypeOf", JS_UNDEFINED, JS_NULL, p),
           "<TypeError: Object.setPrototypeOf called on null or undefined>");
    /* __proto__ accessor */
    JSValue getter = js_get_property_str(G("Object.prototype"), "__proto__");
    assert_true(getter == JS_NULL); /* Object.prototype.__proto__ is null */
    assert_true(js_get_property_str(child, "__proto__") == p);
    assert_true(CALL("Object.is", JS_UNDEFINED, N(NAN), N(NAN)) == JS_TRUE);
    assert_true(CALL("Object.is", JS_UNDEFINED, N(0.0), N(-0.0)) == JS_FALSE);
}

static void test_to_string_tags(void **state)
{
    (void)state;
    EXPECT(CALL0("Object.prototype.toString", JS_NULL), "\"[object Null]\"");
    EXPECT(CALL0("Object.prototype.toString", JS_UNDEFINED), "\"[object Undefined]\"");
    EXPECT(CALL0("Object.prototype.toString", N(1)), "\"[object Number]\"");
    EXPECT(CALL0("Object.prototype.toString", S("")), "\"[object String]\"");
    EXPECT(CALL0("Object.prototype.toString", P("[]")), "\"[object Array]\"");
    EXPECT(CALL0("Object.prototype.toString", G("Math")), "\"[object Math]\"");
    EXPECT(CALL0("Object.prototype.toString", G("JSON")), "\"[object JSON]\"");
    EXPECT(CALL0("Object.prototype.toString", G("Math.max")), "\"[object Function]\"");
    EXPECT(CALL0("Object.prototype.toString", JS_TRUE), "\"[object Boolean]\"");
}

static JSValue collect_args(JSFunction *callee, JSValue this_val, int32_t argc,
                            const JSValue *argv, JSValue new_target)
{
    JSValue r = js_new_array(0);
    js_array_push(r, this_val);
    for (int32_t i = 0; i < argc; i++)
        js_array_push(r, argv[i]);
    return r;
}

static void test_function_prototype(void **state)
{
    (void)state;
    JSValue f = js_new_native_function("collect", collect_args, 3);
    EXPECT(CALL("Function.prototype.call", f, S("t"), N(1), N(2)), "[\"t\",1,2]");
    EXPECT(CALL("Function.prototype.apply", f, S("t"), P("[1,2]")), "[\"t\",1,2]");
    EXPECT(CALL("Function.prototype.apply", f, S("t"), JS_NULL), "[\"t\"]");
    EXPECT(CALL("Function.prototype.apply", f, S("t"), N(1)),
           "<TypeError: CreateListFromArrayLike called on non-object>");
    JSValue b = CALL("Function.prototype.bind", f, S("bt"), N(1));
    EXPECT(js_call(b, S("ignored"), 1, (JSValue[]){ N(2) }), "[\"bt\",1,2]");
    EXPECT(js_get_property_str(b, "name"), "\"bound collect\"");
    EXPECT(js_get_property_str(b, "length"), "2");
    JSValue bb = CALL("Function.prototype.bind", b, JS_NULL, N(9));
    EXPECT(js_get_property_str(bb, "name"), "\"bound bound collect\"");
    EXPECT(js_call(bb, JS_UNDEFINED, 0, NULL), "[\"bt\",1,9]");
    EXPECT(CALL0("Function.prototype.bind", N(1)), "<TypeError: Bind must be called on a function>");
    EXPECT(CALL0("Function.prototype.toString", G("Math.max")), "\"function max() { [native code] }\"");
    EXPECT(CALL0("Function.prototype.toString", N(1)),
           "<TypeError: Function.prototype.toString requires that 'this' be a Function>");
    /* new on a bound constructor constructs the target */
    JSValue bound_array = CALL("Function.prototype.bind", G("Array"), JS_NULL, N(1));
    EXPECT(js_construct(bound_array, 1, (JSValue[]){ N(2) }, JS_UNDEFINED), "[1,2]");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys_values_entries),
        cmocka_unit_test(test_descriptors),
        cmocka_unit_test(test_integrity_and_prototypes),
        cmocka_unit_test(test_to_string_tags),
        cmocka_unit_test(test_function_prototype),
    };
    return cmocka_run_group_tests(tests, builtins_test_setup, NULL);
}
