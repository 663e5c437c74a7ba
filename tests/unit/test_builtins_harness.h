/*
 * test_builtins_harness.h — helpers for the builtins unit tests: reach a
 * builtin by its dotted path from the global object, call it from C, and
 * compare results through their JSON text (exceptions print as
 * "<Name: message>").
 */
#ifndef TEST_BUILTINS_HARNESS_H
#define TEST_BUILTINS_HARNESS_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <cmocka.h>
#include "kiln/runtime.h"
#include "builtins.h"

/* The value at a dotted path from the global object ("Array.prototype.map"). */
static inline JSValue G(const char *path)
{
    JSValue v = js_realm.global;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", path);
    char *save = NULL;
    for (char *p = strtok_r(buf, ".", &save); p; p = strtok_r(NULL, ".", &save))
        v = js_get_property(v, js_atom_from_cstr(p));
    return v;
}

static inline JSValue S(const char *s) { return js_new_string_cstr(s); }
static inline JSValue N(double d) { return js_mk_number(d); }

/* JSON text of v; "<Name: message>" for a thrown exception. */
static inline const char *J(JSValue v)
{
    if (v == JS_EXCEPTION) {
        JSValue e = rt_take_exception();
        JSValue m = js_get_property(e, JS_ATOM(message));
        JSValue n = js_get_property(e, JS_ATOM(name));
        static char buf[2048];
        snprintf(buf, sizeof buf, "<%s: %s>", js_string_to_utf8(js_to_string(n), NULL),
                 js_string_to_utf8(js_to_string(m), NULL));
        return buf;
    }
    JSValue s = js_json_stringify(v, JS_UNDEFINED, JS_UNDEFINED);
    if (s == JS_EXCEPTION) {
        rt_take_exception();
        return "<unserializable>";
    }
    if (js_is_undefined(s))
        return "undefined";
    return js_string_to_utf8(s, NULL);
}

/* A value from JSON text. */
static inline JSValue P(const char *json) { return js_json_parse_string(S(json)); }

/* Calls the builtin at `path` with this_val and the given arguments. */
#define CALL(path, this_val, ...)                                               \
    js_call(G(path), (this_val), (int32_t)(sizeof((JSValue[]){ JS_UNDEFINED, __VA_ARGS__ }) / \
                                          sizeof(JSValue)) - 1,                  \
            ((JSValue[]){ JS_UNDEFINED, __VA_ARGS__ }) + 1)
#define CALL0(path, this_val) js_call(G(path), (this_val), 0, NULL)

#define EXPECT(v, want) assert_string_equal(J(v), (want))

static inline int builtins_test_setup(void **state)
{
    (void)state;
    return js_runtime_init();
}

#endif
