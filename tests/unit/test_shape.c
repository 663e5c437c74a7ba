/* Unit tests for shape.c and the inline-cache miss handlers (ic.c): shape
 * sharing through transitions, inline vs out-of-line slots, dictionary
 * mode, and cache entries for own, prototype and special properties. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "kiln/runtime.h"
#include "kiln/shape.h"

static int setup(void **state) { (void)state; return js_runtime_init(); }

static JSValue S(const char *s) { return js_new_string_cstr(s); }
static JSAtom A(const char *s) { return js_atom_from_cstr(s); }

static void test_shared_transitions(void **state)
{
    (void)state;
    JSValue a = js_new_object(), b = js_new_object();
    js_set_property(a, A("x"), js_mk_int32(1), true);
    js_set_property(a, A("y"), js_mk_int32(2), true);
    js_set_property(b, A("x"), js_mk_int32(3), true);
    js_set_property(b, A("y"), js_mk_int32(4), true);
    assert_ptr_equal(js_object_shape(a), js_object_shape(b));
    JSValue c = js_new_object();
    js_set_property(c, A("y"), js_mk_int32(1), true);
    js_set_property(c, A("x"), js_mk_int32(1), true);
    assert_ptr_not_equal(js_object_shape(a), js_object_shape(c));
    assert_int_equal(js_get_int32(js_get_property(b, A("y"))), 4);
}

static void test_many_properties_go_out_of_line_then_dict(void **state)
{
    (void)state;
    JSValue o = js_new_object();
    char name[16];
    for (int i = 0; i < 200; i++) {
        snprintf(name, sizeof name, "p%d", i);
        js_set_property(o, A(name), js_mk_int32(i), true);
    }
    assert_true(js_object_shape(o)->h.flags & JS_SHAPE_DICT);
    for (int i = 0; i < 200; i++) {
        snprintf(name, sizeof name, "p%d", i);
        assert_int_equal(js_get_int32(js_get_property(o, A(name))), i);
    }
    /* a smaller object spills past the inline slots without dictionary mode */
    JSValue m = js_new_object();
    for (int i = 0; i < 20; i++) {
        snprintf(name, sizeof name, "q%d", i);
        js_set_property(m, A(name), js_mk_int32(i * 2), true);
    }
    assert_false(js_object_shape(m)->h.flags & JS_SHAPE_DICT);
    assert_int_equal(js_get_int32(js_get_property(m, A("q19"))), 38);
    assert_int_equal(js_get_int32(js_get_property(m, A("q0"))), 0);
}

static void test_delete_and_reorder(void **state)
{
    (void)state;
    JSValue o = js_new_object();
    js_set_property(o, A("a"), js_mk_int32(1), true);
    js_set_property(o, A("b"), js_mk_int32(2), true);
    js_set_property(o, A("c"), js_mk_int32(3), true);
    JSShape *before = js_object_shape(o);
    /* deleting the last property goes back to the parent shape */
    js_delete_property(o, A("c"), true);
    assert_ptr_equal(js_object_shape(o), before->parent);
    js_delete_property(o, A("a"), true);
    assert_true(js_object_shape(o)->h.flags & JS_SHAPE_DICT);
    assert_int_equal(js_has_own_property(o, A("a")), 0);
    assert_int_equal(js_get_int32(js_get_property(o, A("b"))), 2);
    js_set_property(o, A("a"), js_mk_int32(9), true);
    uint32_t n;
    JSAtom *keys = js_own_property_keys(o, JS_GPN_STRINGS, &n);
    assert_int_equal(n, 2);
    assert_true(keys[0] == A("b"));
    assert_true(keys[1] == A("a"));
    /* many deletes then compaction keeps values */
    char name[16];
    for (int i = 0; i < 40; i++) { snprintf(name, sizeof name, "k%d", i); js_set_property(o, A(name), js_mk_int32(i), true); }
    for (int i = 0; i < 35; i++) { snprintf(name, sizeof name, "k%d", i); js_delete_property(o, A(name), true); }
    assert_int_equal(js_get_int32(js_get_property(o, A("k39"))), 39);
    assert_int_equal(js_get_int32(js_get_property(o, A("b"))), 2);
    keys = js_own_property_keys(o, JS_GPN_STRINGS, &n);
    assert_int_equal(n, 7);
}

static void test_key_order(void **state)
{
    (void)state;
    JSValue o = js_new_object();
    js_set_property(o, A("z"), JS_TRUE, true);
    js_set_property(o, A("10"), JS_TRUE, true);
    js_set_property(o, JS_SYM(iterator), JS_TRUE, true);
    js_set_property(o, A("a"), JS_TRUE, true);
    js_set_property(o, A("2"), JS_TRUE, true);
    uint32_t n;
    JSAtom *k = js_own_property_keys(o, JS_GPN_STRINGS | JS_GPN_SYMBOLS, &n);
    assert_int_equal(n, 5);
    assert_true(k[0] == A("2") && k[1] == A("10") && k[2] == A("z") && k[3] == A("a"));
    assert_true(k[4] == JS_SYM(iterator));
}

static void test_ic_own_and_proto(void **state)
{
    (void)state;
    static JSPropCache ic = { .name = "x", .name_len = 1 };
    JSValue a = js_new_object();
    js_set_property(a, A("x"), js_mk_int32(5), true);
    assert_int_equal(js_get_int32(rt_get_prop_ic(a, &ic)), 5);
    assert_ptr_equal(ic.entries[0].shape, js_object_shape(a));
    /* the inline fast path as compiled code does it */
    JSPropCacheEntry *e = &ic.entries[0];
    char *base = (e->flags & JS_IC_OUT_OF_LINE) ? (char *)js_obj(a)->slots : (char *)js_obj(a);
    assert_int_equal(js_get_int32(*(JSValue *)(base + e->offset)), 5);

    /* prototype hit, then the prototype changes */
    static JSPropCache icm = { .name = "m", .name_len = 1 };
    JSValue proto = js_new_object();
    js_set_property(proto, A("m"), js_mk_int32(1), true);
    JSValue o = js_new_object_proto(proto);
    assert_int_equal(js_get_int32(rt_get_prop_ic(o, &icm)), 1);
    assert_int_equal(js_get_int32(rt_get_prop_ic(o, &icm)), 1);
    js_set_property(proto, A("m"), js_mk_int32(2), true);
    assert_int_equal(js_get_int32(rt_get_prop_ic(o, &icm)), 2);
    js_set_property(o, A("m"), js_mk_int32(3), true);       /* shadow */
    assert_int_equal(js_get_int32(rt_get_prop_ic(o, &icm)), 3);
    JSValue o2 = js_new_object_proto(proto);
    js_delete_property(proto, A("m"), true);
    assert_true(rt_get_prop_ic(o2, &icm) == JS_UNDEFINED);

    /* string length and array length */
    static JSPropCache icl = { .name = "length", .name_len = 6 };
    assert_int_equal(js_get_int32(rt_get_prop_ic(S("hello"), &icl)), 5);
    assert_int_equal(js_get_int32(rt_get_prop_ic(S("hi"), &icl)), 2);
    JSValue arr = js_new_array(3);
    assert_int_equal(js_to_double(rt_get_prop_ic(arr, &icl)), 3);
}

static void test_ic_set_and_add(void **state)
{
    (void)state;
    static JSPropCache icx = { .name = "x", .name_len = 1 };
    static JSPropCache icy = { .name = "y", .name_len = 1 };
    for (int i = 0; i < 10; i++) {
        JSValue o = js_new_object();
        assert_true(rt_set_prop_ic(o, js_mk_int32(i), &icx, 1) == JS_UNDEFINED);
        assert_true(rt_set_prop_ic(o, js_mk_int32(i * 2), &icy, 1) == JS_UNDEFINED);
        assert_int_equal(js_get_int32(js_get_property(o, A("x"))), i);
        assert_int_equal(js_get_int32(js_get_property(o, A("y"))), i * 2);
        assert_true(rt_set_prop_ic(o, js_mk_int32(7), &icx, 1) == JS_UNDEFINED);
        assert_int_equal(js_get_int32(js_get_property(o, A("x"))), 7);
    }
    /* frozen objects refuse, in strict mode with a TypeError */
    JSValue f = js_new_object();
    js_set_property(f, A("x"), js_mk_int32(1), true);
    js_object_set_integrity(f, 2);
    assert_true(rt_set_prop_ic(f, js_mk_int32(2), &icx, 1) == JS_EXCEPTION);
    rt_take_exception();
    assert_true(rt_set_prop_ic(f, js_mk_int32(2), &icx, 0) == JS_UNDEFINED);
    assert_int_equal(js_get_int32(js_get_property(f, A("x"))), 1);
    JSValue g = js_new_object();
    js_prevent_extensions(g);
    assert_true(rt_set_prop_ic(g, js_mk_int32(2), &icy, 1) == JS_EXCEPTION);
    rt_take_exception();
}

static JSValue getter_fn(JSFunction *c, JSValue this_val, int32_t argc, const JSValue *argv, JSValue nt)
{
    return js_mk_int32(99);
}

static void test_accessors(void **state)
{
    (void)state;
    static JSPropCache ic = { .name = "g", .name_len = 1 };
    JSValue proto = js_new_object();
    js_define_property_getset(proto, A("g"), js_new_native_function("g", getter_fn, 0), JS_EMPTY, JS_PROP_CONFIGURABLE);
    JSValue o = js_new_object_proto(proto);
    assert_int_equal(js_get_int32(rt_get_prop_ic(o, &ic)), 99);
    assert_int_equal(js_get_int32(rt_get_prop_ic(o, &ic)), 99);
    /* setting through a getter-only accessor fails */
    assert_int_equal(js_set_property(o, A("g"), JS_TRUE, false), 0);
    assert_int_equal(js_set_property(o, A("g"), JS_TRUE, true), -1);
    rt_take_exception();
}

static void test_globals(void **state)
{
    (void)state;
    static JSPropCache ic = { .name = "myGlobal", .name_len = 8 };
    assert_true(rt_get_global_ic(&ic) == JS_EXCEPTION);
    JSValue err = rt_take_exception();
    assert_string_equal(js_string_to_utf8(js_get_property(err, JS_ATOM(message)), NULL), "myGlobal is not defined");
    assert_true(rt_typeof_global(&ic) == JS_ATOM(undefined));
    assert_true(rt_set_global_ic(js_mk_int32(4), &ic, 1) == JS_EXCEPTION);
    rt_take_exception();
    assert_true(rt_set_global_ic(js_mk_int32(4), &ic, 0) == JS_UNDEFINED);
    assert_int_equal(js_get_int32(rt_get_global_ic(&ic)), 4);
    assert_true(rt_set_global_ic(js_mk_int32(5), &ic, 1) == JS_UNDEFINED);
    assert_int_equal(js_get_int32(rt_get_global_ic(&ic)), 5);
    js_delete_property(js_realm.global, A("myGlobal"), false);
    assert_true(rt_get_global_ic(&ic) == JS_EXCEPTION);
    rt_take_exception();
}

/* An object used as a hash map: many keys, deletes and re-adds. */
static void test_dictionary_churn(void **state)
{
    (void)state;
    JSValue m = js_new_object();
    char name[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(name, sizeof name, "key%d", i);
        js_set_property(m, A(name), js_mk_int32(i), true);
    }
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 5000; i += 2) {
            snprintf(name, sizeof name, "key%d", i);
            assert_int_equal(js_delete_property(m, A(name), true), 1);
            assert_int_equal(js_has_own_property(m, A(name)), 0);
        }
        for (int i = 0; i < 5000; i += 2) {
            snprintf(name, sizeof name, "key%d", i);
            js_set_property(m, A(name), js_mk_int32(i + round), true);
        }
    }
    for (int i = 0; i < 5000; i++) {
        snprintf(name, sizeof name, "key%d", i);
        assert_int_equal(js_get_int32(js_get_property(m, A(name))), i % 2 ? i : i + 2);
    }
    uint32_t n;
    js_own_property_keys(m, JS_GPN_STRINGS, &n);
    assert_int_equal(n, 5000);
    /* for-in over a dictionary skips keys deleted during the loop */
    JSValue it = rt_for_in_start(m);
    JSValue k0 = rt_for_in_next(it);
    assert_true(k0 != JS_EMPTY);
    js_delete_property(m, A("key3"), true);
    int seen3 = 0, count = 1;
    for (JSValue k; (k = rt_for_in_next(it)) != JS_EMPTY; count++)
        if (k == A("key3")) seen3 = 1;
    assert_int_equal(seen3, 0);
    assert_int_equal(count, 4999);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shared_transitions),
        cmocka_unit_test(test_many_properties_go_out_of_line_then_dict),
        cmocka_unit_test(test_delete_and_reorder),
        cmocka_unit_test(test_key_order),
        cmocka_unit_test(test_ic_own_and_proto),
        cmocka_unit_test(test_ic_set_and_add),
        cmocka_unit_test(test_accessors),
        cmocka_unit_test(test_globals),
        cmocka_unit_test(test_dictionary_churn),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
