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

/* ---- private names ---------------------------------------------------------
 *
 * Each evaluation of a class creates one JSPrivateName per #name it declares
 * (rt_new_private_name); compiled code keeps it in a hidden binding of the
 * class scope. An object's private elements are own properties keyed by that
 * symbol, added with js_object_add_property (so neither extensibility nor an
 * integrity level applies) and skipped by every key enumeration
 * (js_own_property_keys), so Reflect.ownKeys, inspect and JSON never see
 * them. A field's property holds its value (writable). A private method or
 * accessor is shared by all instances: the name holds the function(s), and
 * an instance carries only the brand, a property with the value true, added
 * by rt_private_brand when its fields are initialised. Every access is an
 * own lookup, never a prototype walk, so a missing key is the spec's
 * TypeError. */

static JSPrivateName *priv(JSValue name) { return js_cell_ptr(name); }

static const char *priv_text(JSValue name)
{
    return js_string_to_utf8(priv(name)->sym.description, NULL);
}

JSValue rt_new_private_name(JSValue description, JSValue class_name)
{
    JSValue v = js_new_symbol(description);
    JSPrivateName *p = rt_alloc_cell(sizeof *p);
    p->sym = *(JSSymbol *)js_cell_ptr(v);
    p->sym.h.flags |= JS_SYM_PRIVATE;
    p->method = p->setter = JS_UNDEFINED;
    p->class_name = class_name;
    p->kind = JS_PRIV_FIELD;
    return js_mk_cell(p);
}

JSValue rt_private_set_method(JSValue name, JSValue fn, int32_t kind, int32_t is_static)
{
    JSPrivateName *p = priv(name);
    p->is_static = (uint32_t)is_static;
    if (kind == 0) {
        p->kind = JS_PRIV_METHOD;
        p->method = fn;
    } else {
        p->kind = JS_PRIV_ACCESSOR;
        if (kind == 1) p->method = fn;
        else p->setter = fn;
    }
    return JS_UNDEFINED;
}

static JSValue *priv_slot(JSValue obj, JSValue name)
{
    if (!js_is_object(obj)) return NULL;
    JSValue *slot;
    return js_find_own_shaped(js_obj(obj), name, &slot) ? slot : NULL;
}

static JSValue brand_error(JSValue name)
{
    JSPrivateName *p = priv(name);
    const char *cls = js_is_string(p->class_name) ? js_string_to_utf8(p->class_name, NULL) : "anonymous";
    return js_throw_type_error(p->is_static ? "Receiver must be class %s" : "Receiver must be an instance of class %s",
                               cls);
}

static JSValue nullish_error(JSValue obj, JSValue name)
{
    return js_throw_type_error("Cannot read properties of %s (reading '%s')", obj == JS_NULL ? "null" : "undefined",
                               priv_text(name));
}

JSValue rt_private_get(JSValue obj, JSValue name)
{
    JSPrivateName *p = priv(name);
    JSValue *slot = priv_slot(obj, name);
    if (!slot) {
        if (js_is_nullish(obj)) return nullish_error(obj, name);
        if (p->kind != JS_PRIV_FIELD) return brand_error(name);
        return js_throw_type_error("Cannot read private member %s from an object whose class did not declare it",
                                   priv_text(name));
    }
    if (p->kind == JS_PRIV_FIELD) return *slot;
    if (p->kind == JS_PRIV_METHOD) return p->method;
    if (p->method == JS_UNDEFINED) return js_throw_type_error("'%s' was defined without a getter", priv_text(name));
    return js_call(p->method, obj, 0, NULL);
}

JSValue rt_private_set(JSValue obj, JSValue name, JSValue val)
{
    JSPrivateName *p = priv(name);
    JSValue *slot = priv_slot(obj, name);
    if (!slot) {
        if (js_is_nullish(obj)) return nullish_error(obj, name);
        if (p->kind != JS_PRIV_FIELD) return brand_error(name);
        return js_throw_type_error("Cannot write private member %s to an object whose class did not declare it",
                                   priv_text(name));
    }
    if (p->kind == JS_PRIV_FIELD) {
        *slot = val;
        return val;
    }
    if (p->kind == JS_PRIV_METHOD) return js_throw_type_error("Private method '%s' is not writable", priv_text(name));
    if (p->setter == JS_UNDEFINED) return js_throw_type_error("'%s' was defined without a setter", priv_text(name));
    JSValue r = js_call(p->setter, obj, 1, &val);
    return r == JS_EXCEPTION ? r : val;
}

JSValue rt_private_define(JSValue obj, JSValue name, JSValue val)
{
    if (!js_is_object(obj)) return js_throw_type_error("Cannot define private field on a primitive");
    if (priv_slot(obj, name))
        return js_throw_type_error("Cannot initialize %s twice on the same object", priv_text(name));
    js_object_add_property(js_obj(obj), name, val, JS_PROP_WRITABLE);
    return JS_UNDEFINED;
}

JSValue rt_private_brand(JSValue obj, JSValue name)
{
    if (!js_is_object(obj)) return js_throw_type_error("Cannot define private method on a primitive");
    if (priv_slot(obj, name)) {
        JSPrivateName *p = priv(name);
        const char *cls = js_is_string(p->class_name) ? js_string_to_utf8(p->class_name, NULL) : "anonymous";
        return js_throw_type_error("Cannot initialize private methods of class %s twice on the same object", cls);
    }
    js_object_add_property(js_obj(obj), name, JS_TRUE, 0);
    return JS_UNDEFINED;
}

JSValue rt_private_in(JSValue name, JSValue obj)
{
    if (!js_is_object(obj))
        return js_throw_type_error("Cannot use 'in' operator to search for '%s' in %s", priv_text(name),
                                   js_value_to_message_text(obj));
    return priv_slot(obj, name) ? JS_TRUE : JS_FALSE;
}

/* SetFunctionName(fn, key) for a computed key: "[desc]" for a symbol, and
 * only when the function has no own name yet (an anonymous function or
 * class, or a method). */
JSValue rt_set_function_name(JSValue fn, JSValue key, int32_t prefix)
{
    if (!js_is_function(fn)) return fn;
    JSValue *slot;
    JSShapeProp *p = js_find_own_shaped(js_obj(fn), JS_ATOM(name), &slot);
    if (p && ((p->attrs & JS_PROP_ACCESSOR) || !js_is_string(*slot) || js_string_length(*slot) != 0)) return fn;
    JSValue k = key;
    if (js_is_symbol(key)) {
        JSValue d = ((JSSymbol *)js_cell_ptr(key))->description;
        k = js_is_string(d) ? js_string_concat(js_string_concat(js_new_string_cstr("["), d), js_new_string_cstr("]"))
                            : JS_ATOM(empty);
    } else if (!js_is_string(key)) {
        k = js_to_string(key);
        if (k == JS_EXCEPTION) return k;
    }
    if (prefix == 1) k = js_string_concat(js_new_string_cstr("get "), k);
    else if (prefix == 2) k = js_string_concat(js_new_string_cstr("set "), k);
    js_define_property_value(fn, JS_ATOM(name), k, JS_PROP_CONFIGURABLE);
    return fn;
}
