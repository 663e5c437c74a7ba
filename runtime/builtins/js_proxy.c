/*
 * js_proxy.c — Proxy objects (§10.5) and the Proxy constructor (§28.2).
 *
 * A proxy is a JS_CELL_PROXY object holding its target and handler. The
 * object model (object.c) and the call paths (function.c) hand every
 * internal method of a proxy to the js_proxy_* functions here, which call
 * the handler's trap or fall through to the target, and then check the
 * trap's result against the spec's invariants. Revocation clears both
 * fields; every later operation throws.
 */
#include "builtins.h"
#include "js_proxy.h"

typedef struct JSProxy {
    JSObject o;
    JSValue target;   /* JS_NULL once revoked */
    JSValue handler;  /* JS_NULL once revoked */
    bool callable, constructor;
} JSProxy;

static JSProxy *proxy_of(JSValue v) { return (JSProxy *)js_cell_ptr(v); }

bool js_is_proxy(JSValue v) { return js_is_cell(v) && js_cell_kind(v) == JS_CELL_PROXY; }
bool js_proxy_is_callable(JSValue p) { return proxy_of(p)->callable; }
bool js_proxy_is_constructor(JSValue p) { return proxy_of(p)->constructor; }
JSValue js_proxy_target(JSValue p) { return proxy_of(p)->target; }

static const char *key_text(JSAtom key)
{
    if (js_is_symbol(key)) return js_string_to_utf8(js_symbol_descriptive_string(key), NULL);
    return js_string_to_utf8(key, NULL);
}

/* The handler's trap `name` (JS_UNDEFINED when absent), with the target in
 * *target; JS_EXCEPTION after a revoked proxy or a non-callable trap. */
static JSValue get_trap(JSValue p, const char *name, JSValue *target)
{
    JSProxy *px = proxy_of(p);
    if (px->handler == JS_NULL)
        return js_throw_type_error("Cannot perform '%s' on a proxy that has been revoked", name);
    *target = px->target;
    JSValue trap = js_get_property(px->handler, js_atom_from_cstr(name));
    if (trap == JS_EXCEPTION || js_is_nullish(trap)) return trap == JS_EXCEPTION ? trap : JS_UNDEFINED;
    if (!js_is_callable(trap))
        return js_throw_type_error("%s is not a function", js_value_to_message_text(trap));
    return trap;
}

static JSValue call_trap(JSValue trap, JSValue p, int argc, JSValue *argv)
{
    return js_call(trap, proxy_of(p)->handler, argc, argv);
}

/* ---- property descriptor compatibility (§10.1.6.3 with O undefined) ------- */

static bool is_accessor_desc(const JSPropertyDescriptor *d) { return d->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET); }
static bool is_data_desc(const JSPropertyDescriptor *d) { return d->has & (JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE); }
static bool flag(const JSPropertyDescriptor *d, uint8_t f) { return (d->flags & f) != 0; }

/* IsCompatiblePropertyDescriptor(extensible, desc, current). */
static bool compatible(bool extensible, const JSPropertyDescriptor *desc, const JSPropertyDescriptor *cur, bool have_cur)
{
    if (!have_cur) return extensible;
    if (flag(cur, JS_PROP_CONFIGURABLE)) return true;
    if ((desc->has & JS_DESC_HAS_CONFIGURABLE) && flag(desc, JS_PROP_CONFIGURABLE)) return false;
    if ((desc->has & JS_DESC_HAS_ENUMERABLE) &&
        flag(desc, JS_PROP_ENUMERABLE) != flag(cur, JS_PROP_ENUMERABLE)) return false;
    bool cur_accessor = cur->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET);
    if (!is_accessor_desc(desc) && !is_data_desc(desc)) return true;   /* generic */
    if (cur_accessor != is_accessor_desc(desc)) return false;
    if (cur_accessor) {
        if ((desc->has & JS_DESC_HAS_GET) && !js_same_value(desc->getter, cur->getter)) return false;
        if ((desc->has & JS_DESC_HAS_SET) && !js_same_value(desc->setter, cur->setter)) return false;
    } else if (!flag(cur, JS_PROP_WRITABLE)) {
        if ((desc->has & JS_DESC_HAS_WRITABLE) && flag(desc, JS_PROP_WRITABLE)) return false;
        if ((desc->has & JS_DESC_HAS_VALUE) && !js_same_value(desc->value, cur->value)) return false;
    }
    return true;
}

/* ---- the internal methods --------------------------------------------------- */

JSValue js_proxy_get_prototype_of(JSValue p)
{
    JSValue target, trap = get_trap(p, "getPrototypeOf", &target);
    if (trap == JS_EXCEPTION) return trap;
    if (trap == JS_UNDEFINED) return js_get_prototype(target);
    JSValue r = call_trap(trap, p, 1, &target);
    if (r == JS_EXCEPTION) return r;
    if (!js_is_object(r) && r != JS_NULL)
        return js_throw_type_error("'getPrototypeOf' on proxy: trap returned neither object nor null");
    int ext = js_is_extensible(target);
    if (ext < 0) return JS_EXCEPTION;
    if (ext) return r;
    JSValue tp = js_get_prototype(target);
    if (tp == JS_EXCEPTION) return tp;
    if (!js_same_value(r, tp))
        return js_throw_type_error("'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype");
    return r;
}

int js_proxy_set_prototype_of(JSValue p, JSValue proto, bool throw_on_fail)
{
    JSValue target, trap = get_trap(p, "setPrototypeOf", &target);
    if (trap == JS_EXCEPTION) return -1;
    if (trap == JS_UNDEFINED) return js_set_prototype(target, proto, throw_on_fail);
    JSValue args[2] = {target, proto};
    JSValue r = call_trap(trap, p, 2, args);
    if (r == JS_EXCEPTION) return -1;
    if (!js_to_boolean(r)) {
        if (throw_on_fail) { js_throw_type_error("'setPrototypeOf' on proxy: trap returned falsish"); return -1; }
        return 0;
    }
    int ext = js_is_extensible(target);
    if (ext < 0) return -1;
    if (ext) return 1;
    JSValue tp = js_get_prototype(target);
    if (tp == JS_EXCEPTION) return -1;
    if (!js_same_value(proto, tp)) {
        js_throw_type_error("'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target");
        return -1;
    }
    return 1;
}

int js_proxy_is_extensible(JSValue p)
{
    JSValue target, trap = get_trap(p, "isExtensible", &target);
    if (trap == JS_EXCEPTION) return -1;
    if (trap == JS_UNDEFINED) return js_is_extensible(target);
    JSValue r = call_trap(trap, p, 1, &target);
    if (r == JS_EXCEPTION) return -1;
    int ext = js_is_extensible(target);
    if (ext < 0) return -1;
    if (js_to_boolean(r) != (ext != 0)) {
        js_throw_type_error("'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '%s')",
                            ext ? "true" : "false");
        return -1;
    }
    return ext;
}

int js_proxy_prevent_extensions(JSValue p, bool throw_on_fail)
{
    JSValue target, trap = get_trap(p, "preventExtensions", &target);
    if (trap == JS_EXCEPTION) return -1;
    if (trap == JS_UNDEFINED) return js_prevent_extensions(target);
    JSValue r = call_trap(trap, p, 1, &target);
    if (r == JS_EXCEPTION) return -1;
    if (js_to_boolean(r)) {
        int ext = js_is_extensible(target);
        if (ext < 0) return -1;
        if (ext) {
            js_throw_type_error("'preventExtensions' on proxy: trap returned truish but the proxy target is extensible");
            return -1;
        }
        return 1;
    }
    if (throw_on_fail) { js_throw_type_error("'preventExtensions' on proxy: trap returned falsish"); return -1; }
    return 0;
}

int js_proxy_get_own_property(JSValue p, JSAtom key, JSPropertyDescriptor *out)
{
    JSValue target, trap = get_trap(p, "getOwnPropertyDescriptor", &target);
    if (trap == JS_EXCEPTION) return -1;
    if (trap == JS_UNDEFINED) return js_get_own_property(target, key, out);
    JSValue args[2] = {target, js_atom_to_value(key)};
    JSValue r = call_trap(trap, p, 2, args);
    if (r == JS_EXCEPTION) return -1;
    if (!js_is_object(r) && r != JS_UNDEFINED) {
        js_throw_type_error("'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '%s'", key_text(key));
        return -1;
    }
    JSPropertyDescriptor cur;
    int have = js_get_own_property(target, key, &cur);
    if (have < 0) return -1;
    if (r == JS_UNDEFINED) {
        if (!have) return 0;
        if (!flag(&cur, JS_PROP_CONFIGURABLE)) {
            js_throw_type_error("'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '%s' which is non-configurable in the proxy target", key_text(key));
            return -1;
        }
        int ext = js_is_extensible(target);
        if (ext < 0) return -1;
        if (!ext) {
            js_throw_type_error("'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '%s' which exists in the non-extensible proxy target", key_text(key));
            return -1;
        }
        return 0;
    }
    int ext = js_is_extensible(target);
    if (ext < 0) return -1;
    JSPropertyDescriptor d;
    if (js_to_property_descriptor(r, &d) < 0) return -1;
    /* CompletePropertyDescriptor */
    if (!is_accessor_desc(&d)) {
        if (!(d.has & JS_DESC_HAS_VALUE)) d.value = JS_UNDEFINED;
        d.has |= JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE;
    } else {
        if (!(d.has & JS_DESC_HAS_GET)) d.getter = JS_UNDEFINED;
        if (!(d.has & JS_DESC_HAS_SET)) d.setter = JS_UNDEFINED;
        d.has |= JS_DESC_HAS_GET | JS_DESC_HAS_SET;
    }
    d.has |= JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
    if (!compatible(ext, &d, &cur, have)) {
        js_throw_type_error("'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property '%s' that is incompatible with the existing property in the proxy target", key_text(key));
        return -1;
    }
    if (!flag(&d, JS_PROP_CONFIGURABLE)) {
        if (!have || flag(&cur, JS_PROP_CONFIGURABLE)) {
            js_throw_type_error("'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property '%s' which is either non-existent or configurable in the proxy target", key_text(key));
            return -1;
        }
        if ((d.has & JS_DESC_HAS_WRITABLE) && !flag(&d, JS_PROP_WRITABLE) && flag(&cur, JS_PROP_WRITABLE)) {
            js_throw_type_error("'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and writable for property '%s' which is non-configurable, non-writable in the proxy target", key_text(key));
            return -1;
        }
    }
    if (out) *out = d;
    return 1;
}

int js_proxy_define_own_property(JSValue p, JSAtom key, const JSPropertyDescriptor *desc, bool throw_on_fail)
{
    JSValue target, trap = get_trap(p, "defineProperty", &target);
    if (trap == JS_EXCEPTION) return -1;
    if (trap == JS_UNDEFINED) return js_define_own_property(target, key, desc, throw_on_fail);
    JSValue args[3] = {target, js_atom_to_value(key), js_from_property_descriptor(desc)};
    JSValue r = call_trap(trap, p, 3, args);
    if (r == JS_EXCEPTION) return -1;
    if (!js_to_boolean(r)) {
        if (throw_on_fail) {
            js_throw_type_error("'defineProperty' on proxy: trap returned falsish for property '%s'", key_text(key));
            return -1;
        }
        return 0;
    }
    JSPropertyDescriptor cur;
    int have = js_get_own_property(target, key, &cur);
    if (have < 0) return -1;
    int ext = js_is_extensible(target);
    if (ext < 0) return -1;
    bool setting_config_false = (desc->has & JS_DESC_HAS_CONFIGURABLE) && !flag(desc, JS_PROP_CONFIGURABLE);
    if (!have) {
        if (!ext) {
            js_throw_type_error("'defineProperty' on proxy: trap returned truish for adding property '%s'  to the non-extensible proxy target", key_text(key));
            return -1;
        }
        if (setting_config_false) {
            js_throw_type_error("'defineProperty' on proxy: trap returned truish for defining non-configurable property '%s' which is either non-existent or configurable in the proxy target", key_text(key));
            return -1;
        }
        return 1;
    }
    if (!compatible(ext, desc, &cur, true) || (setting_config_false && flag(&cur, JS_PROP_CONFIGURABLE))) {
        js_throw_type_error("'defineProperty' on proxy: trap returned truish for adding property '%s'  that is incompatible with the existing property in the proxy target", key_text(key));
        return -1;
    }
    if (!is_accessor_desc(&cur) && !flag(&cur, JS_PROP_CONFIGURABLE) && flag(&cur, JS_PROP_WRITABLE) &&
        (desc->has & JS_DESC_HAS_WRITABLE) && !flag(desc, JS_PROP_WRITABLE)) {
        js_throw_type_error("'defineProperty' on proxy: trap returned truish for defining non-configurable property '%s' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.", key_text(key));
        return -1;
    }
    return 1;
}

int js_proxy_has(JSValue p, JSAtom key)
{
    JSValue target, trap = get_trap(p, "has", &target);
    if (trap == JS_EXCEPTION) return -1;
    if (trap == JS_UNDEFINED) return js_has_property(target, key);
    JSValue args[2] = {target, js_atom_to_value(key)};
    JSValue r = call_trap(trap, p, 2, args);
    if (r == JS_EXCEPTION) return -1;
    if (js_to_boolean(r)) return 1;
    JSPropertyDescriptor cur;
    int have = js_get_own_property(target, key, &cur);
    if (have < 0) return -1;
    if (have) {
        if (!flag(&cur, JS_PROP_CONFIGURABLE)) {
            js_throw_type_error("'has' on proxy: trap returned falsish for property '%s' which exists in the proxy target as non-configurable", key_text(key));
            return -1;
        }
        int ext = js_is_extensible(target);
        if (ext < 0) return -1;
        if (!ext) {
            js_throw_type_error("'has' on proxy: trap returned falsish for property '%s' but the proxy target is not extensible", key_text(key));
            return -1;
        }
    }
    return 0;
}

JSValue js_proxy_get(JSValue p, JSAtom key, JSValue receiver)
{
    JSValue target, trap = get_trap(p, "get", &target);
    if (trap == JS_EXCEPTION) return trap;
    if (trap == JS_UNDEFINED) return js_get_property_receiver(target, key, receiver);
    JSValue args[3] = {target, js_atom_to_value(key), receiver};
    JSValue r = call_trap(trap, p, 3, args);
    if (r == JS_EXCEPTION) return r;
    JSPropertyDescriptor cur;
    int have = js_get_own_property(target, key, &cur);
    if (have < 0) return JS_EXCEPTION;
    if (have && !flag(&cur, JS_PROP_CONFIGURABLE)) {
        if (is_data_desc(&cur) && !flag(&cur, JS_PROP_WRITABLE) && !js_same_value(r, cur.value))
            return js_throw_type_error("'get' on proxy: property '%s' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value", key_text(key));
        if (is_accessor_desc(&cur) && cur.getter == JS_UNDEFINED && r != JS_UNDEFINED)
            return js_throw_type_error("'get' on proxy: property '%s' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined'", key_text(key));
    }
    return r;
}

int js_proxy_set(JSValue p, JSAtom key, JSValue val, JSValue receiver, bool throw_on_fail)
{
    JSValue target, trap = get_trap(p, "set", &target);
    if (trap == JS_EXCEPTION) return -1;
    if (trap == JS_UNDEFINED) return js_set_generic(target, key, val, receiver, throw_on_fail);
    JSValue args[4] = {target, js_atom_to_value(key), val, receiver};
    JSValue r = call_trap(trap, p, 4, args);
    if (r == JS_EXCEPTION) return -1;
    if (!js_to_boolean(r)) {
        if (throw_on_fail) {
            js_throw_type_error("'set' on proxy: trap returned falsish for property '%s'", key_text(key));
            return -1;
        }
        return 0;
    }
    JSPropertyDescriptor cur;
    int have = js_get_own_property(target, key, &cur);
    if (have < 0) return -1;
    if (have && !flag(&cur, JS_PROP_CONFIGURABLE)) {
        if (is_data_desc(&cur) && !flag(&cur, JS_PROP_WRITABLE) && !js_same_value(val, cur.value)) {
            js_throw_type_error("'set' on proxy: trap returned truish for property '%s' which exists in the proxy target as a non-configurable and non-writable data property with a different value", key_text(key));
            return -1;
        }
        if (is_accessor_desc(&cur) && cur.setter == JS_UNDEFINED) {
            js_throw_type_error("'set' on proxy: trap returned truish for property '%s' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter", key_text(key));
            return -1;
        }
    }
    return 1;
}

int js_proxy_delete(JSValue p, JSAtom key, bool throw_on_fail)
{
    JSValue target, trap = get_trap(p, "deleteProperty", &target);
    if (trap == JS_EXCEPTION) return -1;
    if (trap == JS_UNDEFINED) return js_delete_property(target, key, throw_on_fail);
    JSValue args[2] = {target, js_atom_to_value(key)};
    JSValue r = call_trap(trap, p, 2, args);
    if (r == JS_EXCEPTION) return -1;
    if (!js_to_boolean(r)) {
        if (throw_on_fail) {
            js_throw_type_error("'deleteProperty' on proxy: trap returned falsish for property '%s'", key_text(key));
            return -1;
        }
        return 0;
    }
    JSPropertyDescriptor cur;
    int have = js_get_own_property(target, key, &cur);
    if (have < 0) return -1;
    if (have) {
        if (!flag(&cur, JS_PROP_CONFIGURABLE)) {
            js_throw_type_error("'deleteProperty' on proxy: trap returned truish for property '%s' which is non-configurable in the proxy target", key_text(key));
            return -1;
        }
        int ext = js_is_extensible(target);
        if (ext < 0) return -1;
        if (!ext) {
            js_throw_type_error("'deleteProperty' on proxy: trap returned truish for property '%s' but the proxy target is non-extensible", key_text(key));
            return -1;
        }
    }
    return 1;
}

static bool list_has(const JSAtom *keys, uint32_t n, JSAtom k)
{
    for (uint32_t i = 0; i < n; i++)
        if (keys[i] == k || (js_is_string(k) && js_is_string(keys[i]) && js_string_equals(keys[i], k))) return true;
    return false;
}

/* [[OwnPropertyKeys]] (all keys, strings then symbols as the trap ordered
 * them), filtered by flags as js_own_property_keys does. NULL on a throw. */
JSAtom *js_proxy_own_keys(JSValue p, int flags, uint32_t *count)
{
    JSValue target, trap = get_trap(p, "ownKeys", &target);
    if (trap == JS_EXCEPTION) return NULL;
    JSAtom *keys;
    uint32_t n;
    if (trap == JS_UNDEFINED) {
        keys = js_own_property_keys(target, JS_GPN_STRINGS | JS_GPN_SYMBOLS, &n);
        if (!keys) return NULL;
    } else {
        JSValue r = call_trap(trap, p, 1, &target);
        if (r == JS_EXCEPTION) return NULL;
        if (!js_is_object(r)) {
            js_throw_type_error("CreateListFromArrayLike called on non-object");
            return NULL;
        }
        JSValue *list;
        if (js_list_from_array_like(r, &list, &n) < 0) return NULL;
        keys = rt_alloc_cell((n + 1) * sizeof *keys);
        for (uint32_t i = 0; i < n; i++) {
            if (!js_is_string(list[i]) && !js_is_symbol(list[i])) {
                js_throw_type_error("%s is not a valid property name", js_value_to_message_text(list[i]));
                return NULL;
            }
            JSAtom k = js_value_to_atom(list[i]);
            if (list_has(keys, i, k)) {
                js_throw_type_error("'ownKeys' on proxy: trap returned duplicate entries");
                return NULL;
            }
            keys[i] = k;
        }
        int ext = js_is_extensible(target);
        if (ext < 0) return NULL;
        uint32_t tn;
        JSAtom *tkeys = js_own_property_keys(target, JS_GPN_STRINGS | JS_GPN_SYMBOLS, &tn);
        if (!tkeys) return NULL;
        for (uint32_t i = 0; i < tn; i++) {
            JSPropertyDescriptor d;
            int have = js_get_own_property(target, tkeys[i], &d);
            if (have < 0) return NULL;
            bool required = !ext || (have && !flag(&d, JS_PROP_CONFIGURABLE));
            if (required && !list_has(keys, n, tkeys[i])) {
                js_throw_type_error("'ownKeys' on proxy: trap result did not include '%s'", key_text(tkeys[i]));
                return NULL;
            }
        }
        if (!ext && n != tn) {
            js_throw_type_error("'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible");
            return NULL;
        }
    }
    /* filter as the caller asked */
    JSAtom *out = rt_alloc_cell((n + 1) * sizeof *out);
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++) {
        bool sym = js_is_symbol(keys[i]);
        if (sym ? !(flags & JS_GPN_SYMBOLS) : !(flags & JS_GPN_STRINGS)) continue;
        if (flags & JS_GPN_ENUM_ONLY) {
            JSPropertyDescriptor d;
            int have = js_proxy_get_own_property(p, keys[i], &d);
            if (have < 0) return NULL;
            if (!have || !flag(&d, JS_PROP_ENUMERABLE)) continue;
        }
        out[k++] = keys[i];
    }
    *count = k;
    return out;
}

JSValue js_proxy_call(JSValue p, JSValue this_val, int32_t argc, const JSValue *argv)
{
    JSValue target, trap = get_trap(p, "apply", &target);
    if (trap == JS_EXCEPTION) return trap;
    if (trap == JS_UNDEFINED) return js_call(target, this_val, argc, argv);
    JSValue args[3] = {target, this_val, js_new_array_from(argc, argv)};
    return call_trap(trap, p, 3, args);
}

JSValue js_proxy_construct(JSValue p, int32_t argc, const JSValue *argv, JSValue new_target)
{
    JSValue target, trap = get_trap(p, "construct", &target);
    if (trap == JS_EXCEPTION) return trap;
    if (trap == JS_UNDEFINED) return js_construct(target, argc, argv, new_target);
    JSValue args[3] = {target, js_new_array_from(argc, argv), new_target};
    JSValue r = call_trap(trap, p, 3, args);
    if (r == JS_EXCEPTION || js_is_object(r)) return r;
    return js_throw_type_error("proxy [[Construct]] must return an object");
}

/* ---- the constructor ----------------------------------------------------------- */

static JSValue proxy_create(JSValue target, JSValue handler)
{
    if (!js_is_object(target) || !js_is_object(handler))
        return js_throw_type_error("Cannot create proxy with a non-object as target or handler");
    JSValue v = js_new_object_kind(JS_CELL_PROXY, JS_NULL, sizeof(JSProxy));
    JSProxy *px = proxy_of(v);
    px->target = target;
    px->handler = handler;
    px->callable = js_is_callable(target);
    px->constructor = js_is_constructor(target);
    return v;
}

static JS_NATIVE(js_proxy_ctor)
{
    if (js_is_undefined(new_target))
        return js_throw_type_error("Constructor Proxy requires 'new'");
    return proxy_create(js_arg(argc, argv, 0), js_arg(argc, argv, 1));
}

static JS_NATIVE(js_proxy_revoke)
{
    JSValue holder = callee->env->vars[0];
    if (js_is_proxy(holder)) {
        proxy_of(holder)->target = JS_NULL;
        proxy_of(holder)->handler = JS_NULL;
        callee->env->vars[0] = JS_NULL;
    }
    return JS_UNDEFINED;
}

static JS_NATIVE(js_proxy_revocable)
{
    JSValue p = proxy_create(js_arg(argc, argv, 0), js_arg(argc, argv, 1));
    if (p == JS_EXCEPTION) return p;
    JSValue revoke = js_new_native_function_data("", js_proxy_revoke, 0, 1, &p);
    JSValue result = js_new_object();
    js_define_property_value_str(result, "proxy", p, JS_PROP_C_W_E);
    js_define_property_value_str(result, "revoke", revoke, JS_PROP_C_W_E);
    return result;
}

static const JSPropDef proxy_props[] = {
    JS_CFUNC_DEF("revocable", 2, js_proxy_revocable),
};

void js_init_proxy(JSValue global)
{
    JSValue ctor = js_new_native_constructor("Proxy", js_proxy_ctor, 2, JS_UNDEFINED);
    /* no proto: Proxy has no prototype property (§28.2.2) */
    js_install_props(ctor, proxy_props, JS_COUNTOF(proxy_props));
    js_define_global(global, "Proxy", ctor);
}
