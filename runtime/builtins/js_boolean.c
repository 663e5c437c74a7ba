/*
 * js_boolean.c — the Boolean constructor and Boolean.prototype (§20.3).
 */
#include "builtins.h"

static int this_boolean(JSValue this_val, const char *method, bool *out)
{
    if (js_is_bool(this_val)) {
        *out = js_get_bool(this_val);
        return 0;
    }
    if (js_is_cell(this_val) && js_cell_kind(this_val) == JS_CELL_BOOLEAN_OBJECT) {
        *out = js_get_bool(((JSPrimitiveObject *)js_cell_ptr(this_val))->value);
        return 0;
    }
    js_throw_type_error("%s requires that 'this' be a Boolean", method);
    return -1;
}

static JS_NATIVE(js_boolean_ctor)
{
    bool b = js_to_boolean(js_arg(argc, argv, 0));
    if (js_is_undefined(new_target))
        return js_mk_bool(b);
    JSValue obj = js_create_from_ctor(new_target, js_realm.boolean_proto,
                                      JS_CELL_BOOLEAN_OBJECT, sizeof(JSPrimitiveObject));
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    ((JSPrimitiveObject *)js_cell_ptr(obj))->value = js_mk_bool(b);
    return obj;
}

static JS_NATIVE(js_boolean_to_string)
{
    bool b;
    if (this_boolean(this_val, "Boolean.prototype.toString", &b) < 0)
        return JS_EXCEPTION;
    return b ? JS_ATOM(true) : JS_ATOM(false);
}

static JS_NATIVE(js_boolean_value_of)
{
    bool b;
    if (this_boolean(this_val, "Boolean.prototype.valueOf", &b) < 0)
        return JS_EXCEPTION;
    return js_mk_bool(b);
}

static const JSPropDef boolean_proto_props[] = {
    JS_CFUNC_DEF("toString", 0, js_boolean_to_string),
    JS_CFUNC_DEF("valueOf", 0, js_boolean_value_of),
};

void js_init_boolean(JSValue global)
{
    JSValue proto = js_realm.boolean_proto;
    JSValue ctor = js_new_native_constructor("Boolean", js_boolean_ctor, 1, proto);
    js_realm.boolean_ctor = ctor;
    js_install_props(proto, boolean_proto_props, JS_COUNTOF(boolean_proto_props));
    js_define_global(global, "Boolean", ctor);
}
