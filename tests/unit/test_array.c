/* Unit tests for array.c: dense storage, holes, growth, the sparse
 * fallback, length truncation, element access through the ABI. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "kiln/runtime.h"

static int setup(void **state) { (void)state; return js_runtime_init(); }

static JSValue I(int32_t i) { return js_mk_int32(i); }

static void test_dense_push_and_holes(void **state)
{
    (void)state;
    JSValue vals[] = { I(1), JS_EMPTY, I(3) };
    JSValue a = rt_new_array(3, vals);
    assert_int_equal(js_arr(a)->length, 3);
    assert_true(rt_get_elem(a, I(1)) == JS_UNDEFINED);
    assert_int_equal(js_has_own_property(a, js_atom_from_uint32(1)), 0);
    assert_int_equal(js_has_own_property(a, js_atom_from_uint32(2)), 1);
    for (int i = 0; i < 10000; i++) js_array_push(a, I(i));
    assert_int_equal(js_arr(a)->length, 10003);
    assert_int_equal(js_get_int32(rt_get_elem(a, I(10002))), 9999);
    assert_true(js_array_is_dense(a));
    /* writing one past the end grows; a little further leaves holes */
    rt_set_elem(a, I(10005), I(7), 1);
    assert_int_equal(js_arr(a)->length, 10006);
    assert_true(rt_get_elem(a, I(10004)) == JS_UNDEFINED);
    assert_true(js_array_is_dense(a));
}

static void test_sparse(void **state)
{
    (void)state;
    JSValue a = js_new_array(0);
    rt_set_elem(a, I(0), I(1), 1);
    rt_set_elem(a, js_mk_double(4000000000.0), I(2), 1);
    assert_false(js_array_is_dense(a));
    assert_true(js_arr(a)->length == 4000000001u);
    assert_int_equal(js_get_int32(rt_get_elem(a, js_mk_double(4000000000.0))), 2);
    assert_int_equal(js_get_int32(rt_get_elem(a, I(0))), 1);
    uint32_t n;
    JSAtom *keys = js_own_property_keys(a, JS_GPN_STRINGS, &n);
    assert_int_equal(n, 3);
    assert_true(keys[0] == js_atom_from_uint32(0));
    assert_true(keys[1] == js_atom_from_uint32(4000000000u));
    assert_true(keys[2] == JS_ATOM(length));
    /* truncation deletes sparse elements */
    js_set_property(a, JS_ATOM(length), I(1), true);
    assert_true(rt_get_elem(a, js_mk_double(4000000000.0)) == JS_UNDEFINED);
    assert_int_equal(js_arr(a)->length, 1);
}

static void test_length(void **state)
{
    (void)state;
    JSValue vals[] = { I(1), I(2), I(3), I(4) };
    JSValue a = rt_new_array(4, vals);
    assert_int_equal(js_set_property(a, JS_ATOM(length), I(2), true), 1);
    assert_int_equal(js_arr(a)->length, 2);
    assert_true(rt_get_elem(a, I(2)) == JS_UNDEFINED);
    js_set_property(a, JS_ATOM(length), I(5), true);
    assert_true(rt_get_elem(a, I(3)) == JS_UNDEFINED);
    assert_int_equal(js_arr(a)->length, 5);
    assert_int_equal(js_set_property(a, JS_ATOM(length), js_mk_double(-1), true), -1);
    JSValue e = rt_take_exception();
    assert_string_equal(js_string_to_utf8(js_get_property(e, JS_ATOM(message)), NULL), "Invalid array length");
    assert_int_equal(js_set_property(a, JS_ATOM(length), js_new_string_cstr("3"), true), 1);
    assert_int_equal(js_arr(a)->length, 3);
}

static void test_frozen_array(void **state)
{
    (void)state;
    JSValue vals[] = { I(1), I(2) };
    JSValue a = rt_new_array(2, vals);
    js_object_set_integrity(a, 2);
    assert_true(rt_set_elem(a, I(0), I(9), 1) == JS_EXCEPTION);
    rt_take_exception();
    assert_true(rt_set_elem(a, I(5), I(9), 0) == JS_UNDEFINED);
    assert_int_equal(js_get_int32(rt_get_elem(a, I(0))), 1);
    assert_int_equal(js_arr(a)->length, 2);
    assert_int_equal(js_object_test_integrity(a, 2), 1);
    assert_int_equal(js_array_push(a, I(3)), -1);
    rt_take_exception();
}

static void test_spread_and_rest(void **state)
{
    (void)state;
    JSValue vals[] = { I(1), I(2), I(3) };
    JSValue src = rt_new_array(3, vals);
    JSValue a = rt_new_array(0, NULL);
    rt_array_append(a, I(0));
    rt_array_append_spread(a, src, NULL, JS_ITER_MSG_VALUE);
    rt_array_append_spread(a, js_new_string_cstr("x\xf0\x9f\x98\x80"), NULL, JS_ITER_MSG_VALUE);
    assert_int_equal(js_arr(a)->length, 6);
    assert_int_equal(js_get_int32(rt_get_elem(a, I(3))), 3);
    assert_int_equal(js_string_length(rt_get_elem(a, I(5))), 2);
    JSValue rest = rt_new_rest_array(3, vals, 1);
    assert_int_equal(js_arr(rest)->length, 2);
    assert_int_equal(js_get_int32(rt_get_elem(rest, I(0))), 2);
}

/* Holes read through to prototypes that have index properties. */
static void test_holes_see_prototype_indices(void **state)
{
    (void)state;
    JSValue a = js_new_array(3);
    assert_true(js_get_index(a, 1) == JS_UNDEFINED);
    assert_true(rt_get_elem(a, I(1)) == JS_UNDEFINED);
    JSValue proto = js_new_object();
    js_set_index(proto, 1, I(11), true);
    js_set_prototype(a, proto, true);
    assert_int_equal(js_get_int32(js_get_index(a, 1)), 11);
    assert_int_equal(js_get_int32(rt_get_elem(a, I(1))), 11);
    assert_int_equal(js_has_index(a, 1), 1);
    assert_int_equal(js_has_index(a, 2), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dense_push_and_holes),
        cmocka_unit_test(test_sparse),
        cmocka_unit_test(test_length),
        cmocka_unit_test(test_frozen_array),
        cmocka_unit_test(test_spread_and_rest),
        cmocka_unit_test(test_holes_see_prototype_indices),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
