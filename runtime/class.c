/*
 * class.c — runtime support for classes and `super`: creating class
 * constructors with their heritage, super(...) calls, super property
 * access, and object rest in destructuring.
 */
#include "internal.h"

JSValue rt_new_class(JSCode code, JSEnv *env, const JSFuncInfo *info, JSValue parent, int32_t has_heritage)
{
    JSValue proto_parent = js_realm.object_proto;
    JSValue ctor_parent = js_realm.function_proto;
    if (has_heritage) {
        if (parent == JS_NULL) {
            proto_parent = JS_NULL;
        } else {
            if (!js_is_constructor(parent))
                return js_throw_type_error("Class extends value %s is not a constructor or null",
                                           js_value_to_message_text(parent));
            JSValue pp = js_get_property(parent, JS_ATOM(prototype));
            if (pp == JS_EXCEPTION) return pp;
            if (!js_is_object(pp) && pp != JS_NULL)
                return js_throw_type_error("Class extends value does not have valid prototype property %s",
                                           js_value_to_message_text(pp));
            proto_parent = pp;
            ctor_parent = parent;
        }
    }
    JSValue ctor = rt_new_function(code, env, info);
    if (ctor_parent != js_realm.function_proto && js_set_prototype(ctor, ctor_parent, true) < 0)
        return JS_EXCEPTION;
    JSValue proto = js_get_property(ctor, JS_ATOM(prototype));
    if (proto == JS_EXCEPTION) return proto;
    if (proto_parent != js_realm.object_proto && js_set_prototype(proto, proto_parent, true) < 0)
        return JS_EXCEPTION;
    /* class prototypes' constructor is non-enumerable, writable, configurable (as made) */
    return ctor;
}

JSValue rt_super_call(JSValue active, JSValue new_target, int32_t argc, const JSValue *argv)
{
    JSValue parent = js_get_prototype(active);
    if (!js_is_constructor(parent))
        return js_throw_type_error("Super constructor %s of anonymous class is not a constructor",
                                   js_value_to_message_text(parent));
    return js_construct(parent, argc, argv, new_target);
}

JSValue rt_super_call_array(JSValue active, JSValue new_target, JSValue args)
{
    JSArray *a = js_arr(args);
    JSValue *argv = rt_alloc_cell((a->length + 1) * sizeof(JSValue));
    for (uint32_t i = 0; i < a->length; i++) {
        JSValue v = js_get_index(args, i);
        if (v == JS_EXCEPTION) return v;
        argv[i] = v;
    }
    return rt_super_call(active, new_target, (int32_t)a->length, argv);
}

JSValue rt_get_super(JSValue home_object, JSValue key, JSValue receiver)
{
    JSAtom a = js_value_to_atom(key);
    if (a == JS_EXCEPTION) return a;
    JSValue proto = js_get_prototype(home_object);
    if (!js_is_object(proto)) return js_throw_nullish_access(proto, a, false);
    return js_get_property_receiver(proto, a, receiver);
}

JSValue rt_set_super(JSValue home_object, JSValue key, JSValue val, JSValue receiver, int32_t strict)
{
    JSAtom a = js_value_to_atom(key);
    if (a == JS_EXCEPTION) return a;
    JSValue proto = js_get_prototype(home_object);
    if (!js_is_object(proto)) return js_throw_nullish_access(proto, a, true);
    int r = js_set_generic(proto, a, val, receiver, strict != 0);
    return r < 0 ? JS_EXCEPTION : JS_UNDEFINED;
}

JSValue rt_object_rest(JSValue source, JSValue excluded)
{
    JSValue out = js_new_object();
    if (js_is_nullish(source)) return out;
    JSValue from = js_to_object(source);
    if (from == JS_EXCEPTION) return from;
    uint32_t nex = js_is_array(excluded) ? js_arr(excluded)->length : 0;
    JSAtom *ex = rt_alloc_cell((nex + 1) * sizeof(JSAtom));
    for (uint32_t i = 0; i < nex; i++) {
        ex[i] = js_value_to_atom(js_get_index(excluded, i));
        if (ex[i] == JS_EXCEPTION) return JS_EXCEPTION;
    }
    uint32_t n;
    JSAtom *keys = js_own_property_keys(from, JS_GPN_STRINGS | JS_GPN_SYMBOLS, &n);
    if (!keys) return JS_EXCEPTION;
    for (uint32_t i = 0; i < n; i++) {
        bool skip = false;
        for (uint32_t j = 0; j < nex; j++) if (ex[j] == keys[i]) { skip = true; break; }
        if (skip) continue;
        JSPropertyDescriptor d;
        int r = js_get_own_property(from, keys[i], &d);
        if (r < 0) return JS_EXCEPTION;
        if (!r || !(d.flags & JS_PROP_ENUMERABLE)) continue;
        JSValue v = js_get_property(from, keys[i]);
        if (v == JS_EXCEPTION) return v;
        js_define_property_value(out, keys[i], v, JS_PROP_C_W_E);
    }
    return out;
}
