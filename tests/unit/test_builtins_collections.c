/* Unit tests for Map, Set, WeakMap, WeakSet (js_map.c) and Reflect
 * (js_reflect.c): SameValueZero keys, insertion order, iteration while the
 * collection changes. */
#include "test_builtins_harness.h"
#include "js_collections.h"

static JSValue new_of(const char *ctor, JSValue arg)
{
    return js_construct(G(ctor), js_is_undefined(arg) ? 0 : 1, &arg, JS_UNDEFINED);
}

static void test_map_basics(void **state)
{
    (void)state;
    JSValue m = new_of("Map", P("[[1,\"a\"],[\"1\",\"b\"]]"));
    EXPECT(js_get_property_str(m, "size"), "2");
    EXPECT(CALL("Map.prototype.get", m, N(1)), "\"a\"");
    EXPECT(CALL("Map.prototype.get", m, S("1")), "\"b\"");
    CALL("Map.prototype.set", m, N(-0.0), S("zero"));
    EXPECT(CALL("Map.prototype.get", m, N(0)), "\"zero\"");
    CALL("Map.prototype.set", m, N(NAN), S("nan"));
    EXPECT(CALL("Map.prototype.get", m, N(NAN)), "\"nan\"");
    EXPECT(CALL("Map.prototype.get", m, N(1.0)), "\"a\"");
    JSValue key = js_new_object();
    CALL("Map.prototype.set", m, key, N(5));
    assert_true(CALL("Map.prototype.has", m, key) == JS_TRUE);
    assert_true(CALL("Map.prototype.has", m, js_new_object()) == JS_FALSE);
    assert_true(CALL("Map.prototype.delete", m, S("1")) == JS_TRUE);
    assert_true(CALL("Map.prototype.delete", m, S("1")) == JS_FALSE);
    EXPECT(CALL("Array.from", G("Array"), CALL0("Map.prototype.keys", m)), "[1,0,null,{}]");
    EXPECT(CALL("Array.from", G("Array"), m), "[[1,\"a\"],[0,\"zero\"],[null,\"nan\"],[{},5]]");
    CALL0("Map.prototype.clear", m);
    EXPECT(js_get_property_str(m, "size"), "0");
    EXPECT(CALL0("Map", JS_UNDEFINED), "<TypeError: Constructor Map requires 'new'>");
    EXPECT(CALL0("Object.prototype.toString", m), "\"[object Map]\"");
}

static void test_iteration_during_mutation(void **state)
{
    (void)state;
    JSValue s = new_of("Set", P("[1,2,3]"));
    JSValue it = CALL0("Set.prototype.values", s);
    JSValue next = js_get_property_str(it, "next");
    EXPECT(js_call(next, it, 0, NULL), "{\"value\":1,\"done\":false}");
    CALL("Set.prototype.delete", s, N(2));   /* not yet visited: skipped */
    CALL("Set.prototype.delete", s, N(1));   /* the current one */
    CALL("Set.prototype.add", s, N(4));      /* added: visited */
    EXPECT(js_call(next, it, 0, NULL), "{\"value\":3,\"done\":false}");
    CALL("Set.prototype.delete", s, N(4));
    CALL("Set.prototype.delete", s, N(3));   /* delete the tail we sit on */
    CALL("Set.prototype.add", s, N(5));
    EXPECT(js_call(next, it, 0, NULL), "{\"value\":5,\"done\":false}");
    EXPECT(js_call(next, it, 0, NULL), "{\"done\":true}");
    CALL("Set.prototype.add", s, N(6));      /* exhausted stays exhausted */
    EXPECT(js_call(next, it, 0, NULL), "{\"done\":true}");
    EXPECT(CALL("Array.from", G("Array"), s), "[5,6]");
    /* clear during iteration, then add */
    JSValue it2 = CALL0("Set.prototype.values", s);
    EXPECT(js_call(next, it2, 0, NULL), "{\"value\":5,\"done\":false}");
    CALL0("Set.prototype.clear", s);
    CALL("Set.prototype.add", s, N(7));
    EXPECT(js_call(next, it2, 0, NULL), "{\"value\":7,\"done\":false}");
    assert_int_equal(js_map_size(s), 1);
}

static void test_set_and_weak(void **state)
{
    (void)state;
    JSValue s = new_of("Set", S("hello"));
    EXPECT(CALL("Array.from", G("Array"), s), "[\"h\",\"e\",\"l\",\"o\"]");
    EXPECT(CALL("Array.from", G("Array"), CALL0("Set.prototype.entries", s)),
           "[[\"h\",\"h\"],[\"e\",\"e\"],[\"l\",\"l\"],[\"o\",\"o\"]]");
    assert_true(G("Set.prototype.keys") == G("Set.prototype.values"));
    JSValue wm = new_of("WeakMap", JS_UNDEFINED);
    JSValue k = js_new_object();
    CALL("WeakMap.prototype.set", wm, k, N(1));
    EXPECT(CALL("WeakMap.prototype.get", wm, k), "1");
    EXPECT(CALL("WeakMap.prototype.set", wm, N(1), N(1)), "<TypeError: Invalid value used as weak map key>");
    JSValue ws = new_of("WeakSet", JS_UNDEFINED);
    EXPECT(CALL("WeakSet.prototype.add", ws, S("x")), "<TypeError: Invalid value used in weak set>");
    EXPECT(CALL("Map.prototype.get", ws, N(1)),
           "<TypeError: Method Map.prototype.get called on incompatible receiver #<WeakSet>>");
}

static void test_reflect(void **state)
{
    (void)state;
    JSValue o = P("{\"a\":1}");
    EXPECT(CALL("Reflect.ownKeys", JS_UNDEFINED, o), "[\"a\"]");
    assert_true(CALL("Reflect.has", JS_UNDEFINED, o, S("a")) == JS_TRUE);
    EXPECT(CALL("Reflect.get", JS_UNDEFINED, o, S("a")), "1");
    assert_true(CALL("Reflect.set", JS_UNDEFINED, o, S("b"), N(2)) == JS_TRUE);
    assert_true(CALL("Reflect.deleteProperty", JS_UNDEFINED, o, S("a")) == JS_TRUE);
    EXPECT(o, "{\"b\":2}");
    EXPECT(CALL("Reflect.apply", JS_UNDEFINED, G("Math.max"), JS_UNDEFINED, P("[1,3,2]")), "3");
    EXPECT(CALL("Reflect.construct", JS_UNDEFINED, G("Array"), P("[1,2]")), "[1,2]");
    EXPECT(CALL("Reflect.get", JS_UNDEFINED, N(1), S("a")), "<TypeError: Reflect.get called on non-object>");
    CALL("Object.freeze", JS_UNDEFINED, o);
    assert_true(CALL("Reflect.set", JS_UNDEFINED, o, S("b"), N(3)) == JS_FALSE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_map_basics),
        cmocka_unit_test(test_iteration_during_mutation),
        cmocka_unit_test(test_set_and_weak),
        cmocka_unit_test(test_reflect),
    };
    return cmocka_run_group_tests(tests, builtins_test_setup, NULL);
}
