/*
 * js_reflect.c — the Reflect object (§28.1): the object model's internal
 * methods as functions. Each requires an object target (TypeError
 * "Reflect.x called on non-object" otherwise, as V8 says).
 */
#include "builtins.h"

static bool need_object(JSValue v, const char *name)
{
    if (js_is_object(v))
        return true;
    js_throw_type_error("Reflect.%s called on non-object", name);
    return false;
}

static JS_NATIVE(js_reflect_apply)
{
    JSValue f = js_arg(argc, argv, 0);
    if (!js_is_callable(f))
        return js_throw_type_error("Function.prototype.apply was called on %s, which is %s and not a function",
                                   js_value_to_message_text(f),
                                   js_string_to_utf8(js_typeof(f), NULL));
    JSValue *args;
    uint32_t n;
    if (js_list_from_array_like(js_arg(argc, argv, 2), &args, &n) < 0)
        return JS_EXCEPTION;
    return js_call(f, js_arg(argc, argv, 1), (int32_t)n, args);
}

static JS_NATIVE(js_reflect_construct)
{
    JSValue f = js_arg(argc, argv, 0);
    if (!js_is_constructor(f))
        return js_throw_type_error("%s is not a constructor", js_value_to_message_text(f));
    JSValue nt = argc > 2 ? argv[2] : f;
    if (!js_is_constructor(nt))
        return js_throw_type_error("%s is not a constructor", js_value_to_message_text(nt));
    JSValue *args;
    uint32_t n;
    if (js_list_from_array_like(js_arg(argc, argv, 1), &args, &n) < 0)
        return JS_EXCEPTION;
    return js_construct(f, (int32_t)n, args, nt);
}

static JS_NATIVE(js_reflect_define_property)
{
    JSValue o = js_arg(argc, argv, 0);
    if (!need_object(o, "defineProperty"))
        return JS_EXCEPTION;
    JSAtom key = js_value_to_atom(js_arg(argc, argv, 1));
    if (key == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSPropertyDescriptor d;
    if (js_to_property_descriptor(js_arg(argc, argv, 2), &d) < 0)
        return JS_EXCEPTION;
    int r = js_define_own_property(o, key, &d, false);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

static JS_NATIVE(js_reflect_delete_property)
{
    JSValue o = js_arg(argc, argv, 0);
    if (!need_object(o, "deleteProperty"))
        return JS_EXCEPTION;
    JSAtom key = js_value_to_atom(js_arg(argc, argv, 1));
    if (key == JS_EXCEPTION)
        return JS_EXCEPTION;
    int r = js_delete_property(o, key, false);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

static JS_NATIVE(js_reflect_get)
{
    JSValue o = js_arg(argc, argv, 0);
    if (!need_object(o, "get"))
        return JS_EXCEPTION;
    JSAtom key = js_value_to_atom(js_arg(argc, argv, 1));
    if (key == JS_EXCEPTION)
        return JS_EXCEPTION;
    return js_get_property_receiver(o, key, argc > 2 ? argv[2] : o);
}

static JS_NATIVE(js_reflect_set)
{
    JSValue o = js_arg(argc, argv, 0);
    if (!need_object(o, "set"))
        return JS_EXCEPTION;
    JSAtom key = js_value_to_atom(js_arg(argc, argv, 1));
    if (key == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue receiver = argc > 3 ? argv[3] : o;
    int r = js_set_generic(o, key, js_arg(argc, argv, 2), receiver, false);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

static JS_NATIVE(js_reflect_get_own_property_descriptor)
{
    JSValue o = js_arg(argc, argv, 0);
    if (!need_object(o, "getOwnPropertyDescriptor"))
        return JS_EXCEPTION;
    JSAtom key = js_value_to_atom(js_arg(argc, argv, 1));
    if (key == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSPropertyDescriptor d;
    int r = js_get_own_property(o, key, &d);
    if (r < 0)
        return JS_EXCEPTION;
    return r ? js_from_property_descriptor(&d) : JS_UNDEFINED;
}

static JS_NATIVE(js_reflect_get_prototype_of)
{
    JSValue o = js_arg(argc, argv, 0);
    if (!need_object(o, "getPrototypeOf"))
        return JS_EXCEPTION;
    return js_get_prototype(o);
}

static JS_NATIVE(js_reflect_set_prototype_of)
{
    JSValue o = js_arg(argc, argv, 0), proto = js_arg(argc, argv, 1);
    if (!need_object(o, "setPrototypeOf"))
        return JS_EXCEPTION;
    if (!js_is_object(proto) && !js_is_null(proto))
        return js_throw_type_error("Object prototype may only be an Object or null: %s",
                                   js_value_to_message_text(proto));
    int r = js_set_prototype(o, proto, false);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

static JS_NATIVE(js_reflect_has)
{
    JSValue o = js_arg(argc, argv, 0);
    if (!need_object(o, "has"))
        return JS_EXCEPTION;
    JSAtom key = js_value_to_atom(js_arg(argc, argv, 1));
    if (key == JS_EXCEPTION)
        return JS_EXCEPTION;
    int r = js_has_property(o, key);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

static JS_NATIVE(js_reflect_is_extensible)
{
    JSValue o = js_arg(argc, argv, 0);
    if (!need_object(o, "isExtensible"))
        return JS_EXCEPTION;
    int r = js_is_extensible(o);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

static JS_NATIVE(js_reflect_prevent_extensions)
{
    JSValue o = js_arg(argc, argv, 0);
    if (!need_object(o, "preventExtensions"))
        return JS_EXCEPTION;
    int r = js_prevent_extensions(o);
    return r < 0 ? JS_EXCEPTION : JS_TRUE;
}

static JS_NATIVE(js_reflect_own_keys)
{
    JSValue o = js_arg(argc, argv, 0);
    if (!need_object(o, "ownKeys"))
        return JS_EXCEPTION;
    uint32_t count;
    JSAtom *keys = js_own_property_keys(o, JS_GPN_STRINGS | JS_GPN_SYMBOLS, &count);
    if (!keys)
        return JS_EXCEPTION;
    return js_new_array_from(count, keys);
}

static const JSPropDef reflect_props[] = {
    JS_CFUNC_DEF("defineProperty", 3, js_reflect_define_property),
    JS_CFUNC_DEF("deleteProperty", 2, js_reflect_delete_property),
    JS_CFUNC_DEF("apply", 3, js_reflect_apply),
    JS_CFUNC_DEF("construct", 2, js_reflect_construct),
    JS_CFUNC_DEF("get", 2, js_reflect_get),
    JS_CFUNC_DEF("getOwnPropertyDescriptor", 2, js_reflect_get_own_property_descriptor),
    JS_CFUNC_DEF("getPrototypeOf", 1, js_reflect_get_prototype_of),
    JS_CFUNC_DEF("has", 2, js_reflect_has),
    JS_CFUNC_DEF("isExtensible", 1, js_reflect_is_extensible),
    JS_CFUNC_DEF("ownKeys", 1, js_reflect_own_keys),
    JS_CFUNC_DEF("preventExtensions", 1, js_reflect_prevent_extensions),
    JS_CFUNC_DEF("set", 3, js_reflect_set),
    JS_CFUNC_DEF("setPrototypeOf", 2, js_reflect_set_prototype_of),
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "Reflect", JS_PROP_CONFIGURABLE),
};

void js_init_reflect(JSValue global)
{
    JSValue r = js_new_object();
    js_install_props(r, reflect_props, JS_COUNTOF(reflect_props));
    js_define_global(global, "Reflect", r);
}
