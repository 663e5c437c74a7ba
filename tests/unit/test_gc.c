/* GC under allocation pressure: allocate far more than memory would hold
 * without collection (about 2 GB in total) while keeping a live set, then
 * check that every live object still holds what was written into it. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "kiln/runtime.h"

static int setup(void **state) { (void)state; return js_runtime_init(); }

#define LIVE 1024

static void test_pressure(void **state)
{
    (void)state;
    JSValue live = js_new_array(0);
    for (int i = 0; i < LIVE; i++) js_array_push(live, JS_UNDEFINED);
    JSAtom kx = js_atom_from_cstr("x"), ks = js_atom_from_cstr("s");
    size_t total = 0;
    uint32_t seed = 1;
    for (int round = 0; total < ((size_t)2 << 30); round++) {
        /* garbage: objects, strings, arrays */
        JSValue o = js_new_object();
        js_set_property(o, kx, js_mk_int32(round), true);
        char buf[64];
        snprintf(buf, sizeof buf, "string number %d", round);
        JSValue s = js_new_string_cstr(buf);
        js_set_property(o, ks, s, true);
        JSValue big = js_new_array(0);
        js_array_reserve(big, 512);
        total += 512 * 8 + 200;
        JSString *chars = js_string_alloc(4096, false);
        memset(js_string_latin1_mut(chars), 'a' + round % 26, 4096);
        total += 4096;
        /* keep a rotating sample alive */
        seed = seed * 1103515245u + 12345u;
        if ((seed >> 16) % 64 == 0) {
            js_set_property(o, js_atom_from_cstr("chars"), js_mk_cell(chars), true);
            js_set_index(live, (seed >> 8) % LIVE, o, true);
        }
    }
    for (int i = 0; i < LIVE; i++) {
        JSValue o = js_get_index(live, (uint32_t)i);
        if (o == JS_UNDEFINED) continue;
        int32_t r = js_get_int32(js_get_property(o, kx));
        char buf[64];
        snprintf(buf, sizeof buf, "string number %d", r);
        assert_string_equal(js_string_to_utf8(js_get_property(o, ks), NULL), buf);
        JSValue c = js_get_property(o, js_atom_from_cstr("chars"));
        assert_int_equal(js_string_length(c), 4096);
        assert_int_equal(js_string_char_at(c, 4095), 'a' + r % 26);
    }
}

static void test_roots(void **state)
{
    (void)state;
    JSValue *root = js_root_new(js_new_string_cstr("rooted value"));
    for (int i = 0; i < 200000; i++) js_new_object();
    js_gc_collect();
    assert_string_equal(js_string_to_utf8(*root, NULL), "rooted value");
    js_root_free(root);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pressure),
        cmocka_unit_test(test_roots),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
