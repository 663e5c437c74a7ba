/* Unit tests for Array and Array.prototype (js_array.c): sort stability and
 * ordering rules, comparator exceptions, mutators, holes, generic
 * array-likes and iteration helpers. */
#include "test_builtins_harness.h"

static JSValue cmp_by_key(JSFunction *callee, JSValue this_val, int32_t argc,
                          const JSValue *argv, JSValue new_target)
{
    double a = js_to_double(js_get_property_str(argv[0], "k"));
    double b = js_to_double(js_get_property_str(argv[1], "k"));
    return N(a - b);
}

static JSValue cmp_throws(JSFunction *callee, JSValue this_val, int32_t argc,
                          const JSValue *argv, JSValue new_target)
{
    return js_throw_type_error("boom");
}

static JSValue cmp_numeric(JSFunction *callee, JSValue this_val, int32_t argc,
                           const JSValue *argv, JSValue new_target)
{
    return N(js_to_double(argv[0]) - js_to_double(argv[1]));
}

static void test_sort(void **state)
{
    (void)state;
    /* default comparator: by ToString, so 10 sorts before 9 */
    EXPECT(CALL0("Array.prototype.sort", P("[10,9,1,100,-1,\"b\",\"a\"]")),
           "[-1,1,10,100,9,\"a\",\"b\"]");
    /* stability on a large input with many equal keys */
    JSValue arr = js_new_array(0);
    for (int i = 0; i < 500; i++) {
        JSValue o = js_new_object();
        js_set_property_str(o, "k", js_mk_int32((i * 7) % 5));
        js_set_property_str(o, "i", js_mk_int32(i));
        js_array_push(arr, o);
    }
    JSValue cmp = js_new_native_function("cmp", cmp_by_key, 2);
    CALL("Array.prototype.sort", arr, cmp);
    for (int i = 1; i < 500; i++) {
        JSValue a = js_get_index(arr, i - 1), b = js_get_index(arr, i);
        int ka = js_get_int32(js_get_property_str(a, "k")), kb = js_get_int32(js_get_property_str(b, "k"));
        assert_true(ka <= kb);
        if (ka == kb)
            assert_true(js_get_int32(js_get_property_str(a, "i")) < js_get_int32(js_get_property_str(b, "i")));
    }
    /* undefined last, holes after them; the comparator never sees undefined */
    JSValue holey = js_new_array(6);
    js_set_index(holey, 0, N(3), true);
    js_set_index(holey, 1, JS_UNDEFINED, true);
    js_set_index(holey, 3, N(1), true);
    js_set_index(holey, 4, N(2), true);
    CALL("Array.prototype.sort", holey, js_new_native_function("c", cmp_numeric, 2));
    EXPECT(holey, "[1,2,3,null,null,null]");
    assert_int_equal(js_has_property(holey, js_atom_from_uint32(3)), 1);
    assert_int_equal(js_has_property(holey, js_atom_from_uint32(4)), 0);
    assert_int_equal(js_has_property(holey, js_atom_from_uint32(5)), 0);
    assert_true(js_is_undefined(js_get_index(holey, 3)));
    /* comparator exceptions propagate; bad comparators are rejected */
    EXPECT(CALL("Array.prototype.sort", P("[2,1]"), js_new_native_function("t", cmp_throws, 2)),
           "<TypeError: boom>");
    EXPECT(CALL("Array.prototype.sort", P("[2,1]"), N(1)),
           "<TypeError: The comparison function must be either a function or undefined>");
    EXPECT(CALL("Array.prototype.toSorted", P("[3,1,2]"), JS_UNDEFINED), "[1,2,3]");
}

static void test_mutators(void **state)
{
    (void)state;
    JSValue a = P("[1,2,3]");
    EXPECT(CALL("Array.prototype.push", a, N(4), N(5)), "5");
    EXPECT(CALL0("Array.prototype.pop", a), "5");
    EXPECT(CALL0("Array.prototype.shift", a), "1");
    EXPECT(CALL("Array.prototype.unshift", a, N(0), N(1)), "5");
    EXPECT(a, "[0,1,2,3,4]");
    EXPECT(CALL("Array.prototype.splice", a, N(1), N(2), S("a"), S("b"), S("c")), "[1,2]");
    EXPECT(a, "[0,\"a\",\"b\",\"c\",3,4]");
    EXPECT(CALL("Array.prototype.splice", a, N(-2)), "[3,4]");
    EXPECT(CALL0("Array.prototype.reverse", a), "[\"c\",\"b\",\"a\",0]");
    EXPECT(CALL("Array.prototype.fill", P("[1,2,3,4]"), N(0), N(1), N(-1)), "[1,0,0,4]");
    EXPECT(CALL("Array.prototype.copyWithin", P("[1,2,3,4,5]"), N(0), N(3)), "[4,5,3,4,5]");
    EXPECT(CALL0("Array.prototype.pop", P("[]")), "undefined");
    EXPECT(CALL0("Array.prototype.shift", P("[]")), "undefined");
    /* frozen arrays refuse */
    JSValue frozen = CALL("Object.freeze", JS_UNDEFINED, P("[1]"));
    assert_true(CALL("Array.prototype.push", frozen, N(2)) == JS_EXCEPTION);
    rt_take_exception();
}

static void test_accessors(void **state)
{
    (void)state;
    JSValue a = P("[1,2,3,2,1]");
    EXPECT(CALL("Array.prototype.indexOf", a, N(2)), "1");
    EXPECT(CALL("Array.prototype.lastIndexOf", a, N(2)), "3");
    EXPECT(CALL("Array.prototype.indexOf", a, N(2), N(2)), "3");
    EXPECT(CALL("Array.prototype.indexOf", a, N(9)), "-1");
    EXPECT(CALL("Array.prototype.includes", P("[1,null]"), N(NAN)), "false");
    JSValue with_nan = js_new_array_from(1, (JSValue[]){ N(NAN) });
    EXPECT(CALL("Array.prototype.includes", with_nan, N(NAN)), "true");
    EXPECT(CALL("Array.prototype.indexOf", with_nan, N(NAN)), "-1");
    EXPECT(CALL("Array.prototype.slice", a, N(1), N(-1)), "[2,3,2]");
    EXPECT(CALL("Array.prototype.slice", a, N(-2)), "[2,1]");
    EXPECT(CALL("Array.prototype.at", a, N(-1)), "1");
    EXPECT(CALL("Array.prototype.at", a, N(5)), "undefined");
    EXPECT(CALL("Array.prototype.concat", P("[1]"), P("[2,[3]]"), N(4)), "[1,2,[3],4]");
    EXPECT(CALL("Array.prototype.join", P("[1,null,2,[3,4]]")), "\"1,,2,3,4\"");
    EXPECT(CALL0("Array.prototype.toString", P("[1,[2,[3]]]")), "\"1,2,3\"");
    EXPECT(CALL("Array.prototype.flat", P("[1,[2,[3,[4]]]]")), "[1,2,[3,[4]]]");
    EXPECT(CALL("Array.prototype.flat", P("[1,[2,[3,[4]]]]"), N(INFINITY)), "[1,2,3,4]");
    /* a cyclic array joins as "" where it recurs */
    JSValue cyc = P("[1,2]");
    js_array_push(cyc, cyc);
    EXPECT(CALL0("Array.prototype.join", cyc), "\"1,2,\"");
}

static JSValue is_even(JSFunction *callee, JSValue this_val, int32_t argc,
                       const JSValue *argv, JSValue new_target)
{
    return js_mk_bool(js_get_int32(argv[0]) % 2 == 0);
}

static JSValue add(JSFunction *callee, JSValue this_val, int32_t argc,
                   const JSValue *argv, JSValue new_target)
{
    return N(js_to_double(argv[0]) + js_to_double(argv[1]));
}

static JSValue pair_with_index(JSFunction *callee, JSValue this_val, int32_t argc,
                               const JSValue *argv, JSValue new_target)
{
    return js_new_array_from(2, (JSValue[]){ argv[0], argv[1] });
}

static void test_callbacks(void **state)
{
    (void)state;
    JSValue even = js_new_native_function("even", is_even, 1);
    JSValue plus = js_new_native_function("add", add, 2);
    JSValue pair = js_new_native_function("pair", pair_with_index, 2);
    JSValue a = P("[1,2,3,4]");
    EXPECT(CALL("Array.prototype.filter", a, even), "[2,4]");
    EXPECT(CALL("Array.prototype.map", a, pair), "[[1,0],[2,1],[3,2],[4,3]]");
    EXPECT(CALL("Array.prototype.some", a, even), "true");
    EXPECT(CALL("Array.prototype.every", a, even), "false");
    EXPECT(CALL("Array.prototype.find", a, even), "2");
    EXPECT(CALL("Array.prototype.findIndex", a, even), "1");
    EXPECT(CALL("Array.prototype.findLast", a, even), "4");
    EXPECT(CALL("Array.prototype.findLastIndex", a, even), "3");
    EXPECT(CALL("Array.prototype.reduce", a, plus), "10");
    EXPECT(CALL("Array.prototype.reduce", a, plus, N(5)), "15");
    EXPECT(CALL("Array.prototype.reduceRight", P("[\"a\",\"b\"]"), plus), "null"); /* NaN */
    EXPECT(CALL("Array.prototype.reduce", P("[]"), plus),
           "<TypeError: Reduce of empty array with no initial value>");
    EXPECT(CALL("Array.prototype.forEach", a, N(1)), "<TypeError: 1 is not a function>");
    EXPECT(CALL("Array.prototype.flatMap", a, pair), "[1,0,2,1,3,2,4,3]");
    /* holes are skipped by map, but kept as holes */
    JSValue holey = js_new_array(3);
    js_set_index(holey, 1, N(7), true);
    JSValue mapped = CALL("Array.prototype.map", holey, pair);
    assert_int_equal(js_arr(mapped)->length, 3);
    assert_int_equal(js_has_property(mapped, js_atom_from_uint32(0)), 0);
    EXPECT(js_get_index(mapped, 1), "[7,1]");
}

static void test_generic_and_statics(void **state)
{
    (void)state;
    JSValue like = P("{\"length\":3,\"0\":\"a\",\"2\":\"c\"}");
    EXPECT(CALL("Array.prototype.join", like, S("-")), "\"a--c\"");
    EXPECT(CALL("Array.prototype.push", like, S("d")), "4");
    EXPECT(like, "{\"0\":\"a\",\"2\":\"c\",\"3\":\"d\",\"length\":4}");
    EXPECT(CALL("Array.from", G("Array"), like), "[\"a\",null,\"c\",\"d\"]");
    EXPECT(CALL("Array.from", G("Array"), P("{\"length\":2}"), js_new_native_function("p", pair_with_index, 2)),
           "[[null,0],[null,1]]");
    EXPECT(CALL("Array.from", G("Array"), S("a\xF0\x9F\x98\x80")), "[\"a\",\"\xF0\x9F\x98\x80\"]");
    EXPECT(CALL("Array.of", G("Array"), N(7), N(8)), "[7,8]");
    EXPECT(CALL("Array.isArray", JS_UNDEFINED, P("[]")), "true");
    EXPECT(CALL("Array.isArray", JS_UNDEFINED, like), "false");
    EXPECT(js_call(G("Array"), JS_UNDEFINED, 1, (JSValue[]){ N(3) }), "[null,null,null]");
    EXPECT(js_call(G("Array"), JS_UNDEFINED, 1, (JSValue[]){ N(-1) }), "<RangeError: Invalid array length>");
    EXPECT(js_call(G("Array"), JS_UNDEFINED, 2, (JSValue[]){ N(1), N(2) }), "[1,2]");
    EXPECT(CALL0("Array.prototype.map", JS_NULL), "<TypeError: Array.prototype.map called on null or undefined>");
    /* iterators */
    JSValue it = CALL0("Array.prototype.entries", P("[\"x\",\"y\"]"));
    JSValue next = js_get_property_str(it, "next");
    EXPECT(js_call(next, it, 0, NULL), "{\"value\":[0,\"x\"],\"done\":false}");
    EXPECT(js_call(next, it, 0, NULL), "{\"value\":[1,\"y\"],\"done\":false}");
    EXPECT(js_call(next, it, 0, NULL), "{\"done\":true}");
    EXPECT(CALL("Array.from", G("Array"), CALL0("Array.prototype.keys", P("[5,6]"))), "[0,1]");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sort),
        cmocka_unit_test(test_mutators),
        cmocka_unit_test(test_accessors),
        cmocka_unit_test(test_callbacks),
        cmocka_unit_test(test_generic_and_statics),
    };
    return cmocka_run_group_tests(tests, builtins_test_setup, NULL);
}
