/* Unit tests for object.c, operators.c, function.c, error.c and iter.c:
 * property semantics, conversions and operators, calls and construction,
 * error objects and their stacks, for-in and iteration. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <math.h>
#include <cmocka.h>
#include "kiln/runtime.h"

static int setup(void **state) { (void)state; return js_runtime_init(); }

static JSValue S(const char *s) { return js_new_string_cstr(s); }
static JSAtom A(const char *s) { return js_atom_from_cstr(s); }
static const char *U(JSValue v) { return js_string_to_utf8(v, NULL); }
static const char *msg_of_pending(void)
{
    JSValue e = rt_take_exception();
    return U(js_get_property(e, JS_ATOM(message)));
}

static void test_operators(void **state)
{
    (void)state;
    assert_string_equal(U(rt_add(S("a"), js_mk_int32(1))), "a1");
    assert_string_equal(U(rt_add(js_mk_double(0.5), S("x"))), "0.5x");
    assert_int_equal(js_get_int32(rt_add(JS_TRUE, js_mk_int32(1))), 2);
    assert_true(isnan(js_to_double(rt_add(JS_UNDEFINED, js_mk_int32(1)))));
    assert_string_equal(U(rt_add(JS_NULL, S(""))), "null");
    assert_true(rt_lt(S("a"), S("b")) == JS_TRUE);
    assert_true(rt_lt(S("10"), S("9")) == JS_TRUE);
    assert_true(rt_lt(S("10"), js_mk_int32(9)) == JS_FALSE);
    assert_true(rt_ge(JS_UNDEFINED, js_mk_int32(0)) == JS_FALSE);
    assert_true(rt_loose_eq(JS_NULL, JS_UNDEFINED) == JS_TRUE);
    assert_true(rt_loose_eq(S("1"), js_mk_int32(1)) == JS_TRUE);
    assert_true(rt_loose_eq(JS_TRUE, S("1")) == JS_TRUE);
    assert_true(rt_loose_eq(JS_NULL, js_mk_int32(0)) == JS_FALSE);
    assert_true(rt_strict_eq(js_mk_int32(1), js_mk_double(1.0)));
    assert_false(rt_strict_eq(js_mk_double(NAN), js_mk_double(NAN)));
    assert_true(rt_strict_eq(S("ab"), rt_add(S("a"), S("b"))));
    assert_int_equal(js_get_int32(rt_shr(js_mk_int32(-1), js_mk_int32(28))), 15);
    assert_true(js_to_double(rt_shr(js_mk_int32(-1), js_mk_int32(0))) == 4294967295.0);
    assert_int_equal(js_get_int32(rt_bitor(js_mk_double(4294967297.0), js_mk_int32(0))), 1);
    assert_true(js_to_double(rt_mod(js_mk_int32(-5), js_mk_int32(2))) == -1);
    assert_true(signbit(js_to_double(rt_mod(js_mk_int32(-4), js_mk_int32(2)))));
    assert_true(isnan(js_to_double(rt_pow(js_mk_int32(1), js_mk_double(INFINITY)))));
    assert_string_equal(U(rt_typeof(JS_NULL)), "object");
    assert_string_equal(U(rt_typeof(js_new_native_function("f", NULL, 0))), "function");
    assert_string_equal(U(rt_typeof(JS_SYM(iterator))), "symbol");
    assert_string_equal(U(js_to_string(js_mk_int32(-42))), "-42");
    assert_true(rt_to_boolean(S("")) == 0 && rt_to_boolean(S("0")) == 1);
    assert_true(rt_to_boolean(js_mk_double(-0.0)) == 0);
    assert_true(rt_add(JS_SYM(iterator), S("")) == JS_EXCEPTION);
    assert_string_equal(msg_of_pending(), "Cannot convert a Symbol value to a string");
}

static JSValue value_of_fn(JSFunction *c, JSValue this_val, int32_t argc, const JSValue *argv, JSValue nt)
{
    return js_mk_int32(41);
}

static void test_to_primitive(void **state)
{
    (void)state;
    JSValue o = js_new_object();
    js_set_property(o, JS_ATOM(valueOf), js_new_native_function("valueOf", value_of_fn, 0), true);
    assert_int_equal(js_get_int32(rt_add(o, js_mk_int32(1))), 42);
    assert_string_equal(U(rt_add(o, S("!"))), "41!");
    /* no usable conversion at all */
    JSValue bare = js_new_object_proto(JS_NULL);
    assert_true(rt_add(bare, js_mk_int32(1)) == JS_EXCEPTION);
    assert_string_equal(msg_of_pending(), "Cannot convert object to primitive value");
}

static JSValue ctor_fn(JSFunction *c, JSValue this_val, int32_t argc, const JSValue *argv, JSValue nt)
{
    js_set_property(this_val, A("v"), js_arg(argc, argv, 0), true);
    return JS_UNDEFINED;
}
static const JSFuncInfo ctor_info = { "Point", "t.js", 1, 1, 1, JS_FUNC_CONSTRUCTOR };
static const JSFuncInfo class_info = { "K", "t.js", 1, 1, 0, JS_FUNC_CLASS_CONSTRUCTOR | JS_FUNC_STRICT };

static void test_functions(void **state)
{
    (void)state;
    JSValue f = rt_new_function(ctor_fn, NULL, &ctor_info);
    assert_string_equal(U(js_get_property(f, JS_ATOM(name))), "Point");
    assert_int_equal(js_get_int32(js_get_property(f, JS_ATOM(length))), 1);
    JSValue proto = js_get_property(f, JS_ATOM(prototype));
    assert_true(js_is_object(proto));
    assert_true(js_get_property(proto, JS_ATOM(constructor)) == f);
    JSValue arg = js_mk_int32(7);
    JSValue obj = rt_construct(f, 1, &arg, "Point");
    assert_true(js_is_object(obj));
    assert_int_equal(js_get_int32(js_get_property(obj, A("v"))), 7);
    assert_true(js_get_prototype(obj) == proto);
    assert_true(rt_instanceof(obj, f) == JS_TRUE);
    assert_true(rt_instanceof(js_new_object(), f) == JS_FALSE);
    assert_true(rt_call(js_mk_int32(1), JS_UNDEFINED, 0, NULL, "obj.foo") == JS_EXCEPTION);
    assert_string_equal(msg_of_pending(), "obj.foo is not a function");
    assert_true(rt_construct(js_new_native_function("m", ctor_fn, 0), 0, NULL, "m") == JS_EXCEPTION);
    assert_string_equal(msg_of_pending(), "m is not a constructor");
    JSValue k = rt_new_function(ctor_fn, NULL, &class_info);
    assert_true(rt_call(k, JS_UNDEFINED, 0, NULL, "K") == JS_EXCEPTION);
    assert_string_equal(msg_of_pending(), "Class constructor K cannot be invoked without 'new'");
    uint32_t n;
    JSAtom *keys = js_own_property_keys(f, JS_GPN_STRINGS, &n);
    /* a sloppy function also has own `arguments` and `caller`, as in V8 */
    assert_int_equal(n, 5);
    assert_true(keys[0] == JS_ATOM(length) && keys[1] == JS_ATOM(name) && keys[2] == JS_ATOM(arguments) &&
                keys[3] == JS_ATOM(caller) && keys[4] == JS_ATOM(prototype));
    keys = js_own_property_keys(k, JS_GPN_STRINGS, &n);
    assert_int_equal(n, 3);
    assert_true(keys[0] == JS_ATOM(length) && keys[1] == JS_ATOM(name) && keys[2] == JS_ATOM(prototype));
}

static void test_errors_and_stack(void **state)
{
    (void)state;
    static const JSFuncInfo outer = { "outer", "/app/main.js", 1, 1, 0, 0 };
    static const JSFuncInfo anon = { "", "/app/main.js", 5, 3, 0, JS_FUNC_ARROW };
    JSFrame f1 = { NULL, &outer, 10, 5 };
    JSFrame f2 = { &f1, &anon, 6, 9 };
    rt_frame_top = &f2;
    JSValue e = js_new_error(JS_TYPE_ERROR, S("bad thing"));
    rt_frame_top = NULL;
    assert_string_equal(U(js_get_property(e, JS_ATOM(stack))),
                        "TypeError: bad thing\n    at /app/main.js:6:9\n    at outer (/app/main.js:10:5)");
    assert_string_equal(U(js_get_property(e, JS_ATOM(name))), "TypeError");
    assert_true(rt_instanceof(e, js_realm.error_ctor[JS_TYPE_ERROR]) == JS_TRUE);
    assert_true(rt_instanceof(e, js_realm.error_ctor[JS_ERROR]) == JS_TRUE);
    assert_true(rt_instanceof(e, js_realm.error_ctor[JS_RANGE_ERROR]) == JS_FALSE);
    /* the Error constructor, with a cause */
    JSValue opts = js_new_object();
    js_set_property(opts, JS_ATOM(cause), js_mk_int32(3), true);
    JSValue args[] = { S("boom"), opts };
    JSValue e2 = rt_construct(js_realm.error_ctor[JS_RANGE_ERROR], 2, args, "RangeError");
    assert_int_equal(js_get_int32(js_get_property(e2, JS_ATOM(cause))), 3);
    JSValue ts = js_call_method(e2, JS_ATOM(toString), 0, NULL);
    assert_string_equal(U(ts), "RangeError: boom");
    uint32_t n;
    JSAtom *keys = js_own_property_keys(e2, JS_GPN_STRINGS, &n);
    assert_int_equal(n, 3);
    assert_true(keys[0] == JS_ATOM(stack) && keys[1] == JS_ATOM(message) && keys[2] == JS_ATOM(cause));
    /* name assigned after construction shows in the stack header */
    JSValue e3 = js_new_error(JS_ERROR, S("x"));
    js_set_property(e3, JS_ATOM(name), S("MyError"), true);
    assert_string_equal(U(js_get_property(e3, JS_ATOM(stack))), "MyError: x");
    rt_throw_tdz("q");
    assert_string_equal(msg_of_pending(), "Cannot access 'q' before initialization");
    rt_throw_not_defined("zz");
    assert_string_equal(msg_of_pending(), "zz is not defined");
    assert_true(rt_get_prop_ic(JS_UNDEFINED, &(JSPropCache){ .name = "foo", .name_len = 3 }) == JS_EXCEPTION);
    assert_string_equal(msg_of_pending(), "Cannot read properties of undefined (reading 'foo')");
}

static void test_for_in(void **state)
{
    (void)state;
    JSValue proto = js_new_object();
    js_set_property(proto, A("inherited"), JS_TRUE, true);
    js_set_property(proto, A("shadowed"), JS_TRUE, true);
    JSValue o = js_new_object_proto(proto);
    js_set_property(o, A("b"), JS_TRUE, true);
    js_set_property(o, A("1"), JS_TRUE, true);
    js_define_property_value(o, A("shadowed"), JS_TRUE, JS_PROP_WRITABLE); /* not enumerable */
    js_set_property(o, A("a"), JS_TRUE, true);
    JSValue it = rt_for_in_start(o);
    const char *want[] = { "1", "b", "a", "inherited" };
    for (int i = 0; i < 4; i++) {
        JSValue k = rt_for_in_next(it);
        assert_true(k != JS_EMPTY);
        assert_string_equal(U(k), want[i]);
        if (i == 1) js_delete_property(o, A("a"), true);   /* deleted before reached: skipped */
        if (i == 1) want[2] = "inherited";
        if (i == 2) break;
    }
    assert_true(rt_for_in_next(it) == JS_EMPTY);
    assert_true(rt_for_in_next(rt_for_in_start(JS_NULL)) == JS_EMPTY);
}

static void test_arguments_and_copy(void **state)
{
    (void)state;
    JSValue argv[] = { js_mk_int32(1), S("two") };
    JSValue a = rt_new_arguments(2, argv);
    assert_int_equal(js_get_int32(js_get_property(a, JS_ATOM(length))), 2);
    assert_string_equal(U(rt_get_elem(a, js_mk_int32(1))), "two");
    JSValue src = js_new_object();
    js_set_property(src, A("x"), js_mk_int32(1), true);
    js_define_property_value(src, A("hidden"), js_mk_int32(2), JS_PROP_WRITABLE);
    JSValue dst = js_new_object();
    rt_copy_data_properties(dst, src);
    assert_int_equal(js_get_int32(js_get_property(dst, A("x"))), 1);
    assert_int_equal(js_has_own_property(dst, A("hidden")), 0);
    assert_true(rt_in(S("x"), dst) == JS_TRUE);
    assert_true(rt_in(S("toString"), dst) == JS_TRUE || js_realm.object_ctor == JS_EMPTY);
    assert_true(rt_delete_prop(dst, S("x"), 1) == JS_TRUE);
    assert_true(rt_in(S("x"), dst) == JS_FALSE);
}

static void test_define_property(void **state)
{
    (void)state;
    JSValue o = js_new_object();
    JSPropertyDescriptor d = { .value = js_mk_int32(1), .flags = 0,
        .has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_CONFIGURABLE | JS_DESC_HAS_ENUMERABLE };
    assert_int_equal(js_define_own_property(o, A("c"), &d, true), 1);
    assert_int_equal(js_set_property(o, A("c"), js_mk_int32(2), false), 0);
    assert_int_equal(js_set_property(o, A("c"), js_mk_int32(2), true), -1);
    assert_string_equal(msg_of_pending(), "Cannot assign to read only property 'c' of object '#<Object>'");
    d.value = js_mk_int32(5);
    assert_int_equal(js_define_own_property(o, A("c"), &d, true), -1);
    assert_string_equal(msg_of_pending(), "Cannot redefine property: c");
    assert_int_equal(js_delete_property(o, A("c"), true), -1);
    rt_take_exception();
    JSPropertyDescriptor got;
    assert_int_equal(js_get_own_property(o, A("c"), &got), 1);
    assert_int_equal(js_get_int32(got.value), 1);
    assert_int_equal(got.flags, 0);
}

static int depth_reached;
static int recurse(int d)
{
    char pad[256];
    pad[0] = (char)d;
    if (js_stack_overflow()) { depth_reached = d; return pad[0]; }
    return recurse(d + 1) + pad[0];
}

static void test_stack_limit(void **state)
{
    (void)state;
    volatile char here;
    assert_true(rt_stack_limit > 0);
    assert_true(rt_stack_limit < (uintptr_t)&here);
    assert_true((uintptr_t)&here - rt_stack_limit > (256u << 10));
    recurse(0);
    assert_true(depth_reached > 1000);   /* stopped by the check, not by SIGSEGV */
    assert_true(rt_throw_stack_overflow() == JS_EXCEPTION);
    assert_string_equal(msg_of_pending(), "Maximum call stack size exceeded");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_operators),
        cmocka_unit_test(test_to_primitive),
        cmocka_unit_test(test_functions),
        cmocka_unit_test(test_errors_and_stack),
        cmocka_unit_test(test_for_in),
        cmocka_unit_test(test_arguments_and_copy),
        cmocka_unit_test(test_define_property),
        cmocka_unit_test(test_stack_limit),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
