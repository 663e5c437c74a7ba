/*
 * js_builtins.c — the entry point of the builtins and the helpers the
 * js_*.c files share.
 *
 * js_builtins_init() runs once, from js_runtime_init(), after rt-core has
 * created the realm's prototypes and Error constructors. It creates the
 * constructors (Object, Function, Array, String, Number, Boolean, Symbol),
 * fills every prototype with its methods and defines the global bindings.
 * Order matters in one place: the global functions (parseInt, parseFloat)
 * exist before Number, which shares them.
 */
#include "builtins.h"
#include "js_typed.h"

#include <math.h>

void js_define_global(JSValue global, const char *name, JSValue v)
{
    js_define_property_value_str(global, name, v, JS_PROP_C_W);
}

int js_arg_integer(int32_t argc, const JSValue *argv, int32_t i, double *out)
{
    JSValue v = js_arg(argc, argv, i);
    if (js_is_int32(v)) {
        *out = js_get_int32(v);
        return 0;
    }
    return js_to_integer_or_infinity(v, out);
}

int js_arg_relative_index(int32_t argc, const JSValue *argv, int32_t i,
                          int64_t len, int64_t dflt, int64_t *out)
{
    JSValue v = js_arg(argc, argv, i);
    if (js_is_undefined(v)) {
        *out = dflt;
        return 0;
    }
    double d;
    if (js_arg_integer(argc, argv, i, &d) < 0)
        return -1;
    if (d < 0) {
        d += (double)len;
        *out = d < 0 ? 0 : (int64_t)d;
    } else {
        *out = d > (double)len ? len : (int64_t)d;
    }
    return 0;
}

void js_builtins_init(JSValue global)
{
    js_init_object(global);
    js_init_function(global);
    js_init_symbol(global);
    js_init_global(global);
    js_init_eval(global);
    js_init_number(global);
    js_init_bigint(global);
    js_init_boolean(global);
    js_init_string(global);
    js_init_array(global);
    js_init_generators();
    js_init_async();
    js_init_math(global);
    js_init_json(global);
    js_init_collections(global);
    js_init_date(global);
    js_init_promise(global);
    js_init_reflect(global);
    js_init_regexp(global);
    js_init_proxy(global);
    js_init_iterator_helpers(global);
    js_init_array_buffer(global);
    js_init_typed_array(global);
    js_init_data_view(global);
    js_init_atomics(global);
    js_init_weakref(global);
}

bool js_is_space_unit(uint16_t c)
{
    switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20:
    case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
    case 0x205F: case 0x3000: case 0xFEFF:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}
