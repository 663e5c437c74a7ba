/*
 * function.c — function objects and calls.
 *
 * A JSFunction holds the code pointer, the closure environment and the
 * compiler's JSFuncInfo; its `length`, `name` and (for constructors)
 * `prototype` are ordinary shape properties in inline slots at +56, so a
 * closure costs one allocation plus the prototype object. Shapes for the
 * common cases are precomputed at init.
 *
 * Calls: js_call/rt_call check callability (TypeError "x is not a function"
 * naming the callee text the compiler passes), then jump to the code with
 * the generic signature. Class constructors refuse plain calls. Construct
 * creates `this` from new_target.prototype, except for derived class
 * constructors, which receive JS_EMPTY as this and produce their own.
 * Bound functions are ordinary natives with JS_FUNC_BOUND; their env holds
 * {target, bound this, bound args...}.
 */
#include <stdio.h>
#include <string.h>
#include "builtins/js_proxy.h"
#include "internal.h"

/* Shapes of fresh functions: {length, name} and {length, name, prototype}. */
static JSShape *shape_fn, *shape_ctor, *shape_class_ctor, *shape_sloppy_fn, *shape_sloppy_ctor;
static JSShape *proto_obj_shape;      /* {constructor} on an Object.prototype object */

static bool is_sloppy_plain(uint32_t flags)
{
    return !(flags & (JS_FUNC_STRICT | JS_FUNC_ARROW | JS_FUNC_METHOD | JS_FUNC_CLASS_CONSTRUCTOR |
                      JS_FUNC_GENERATOR | JS_FUNC_ASYNC | JS_FUNC_NATIVE | JS_FUNC_GETTER | JS_FUNC_SETTER |
                      JS_FUNC_BOUND));
}

static JSShape *fn_shape(JSValue proto, uint32_t flags)
{
    JSShape *s = js_shape_root(proto, offsetof(JSFunction, inline_slots), JS_FUNCTION_INLINE_SLOTS);
    s = js_shape_add(s, JS_ATOM(length), JS_PROP_CONFIGURABLE);
    s = js_shape_add(s, JS_ATOM(name), JS_PROP_CONFIGURABLE);
    if (is_sloppy_plain(flags)) {
        /* sloppy functions carry own `arguments` and `caller` (null), as in V8 */
        s = js_shape_add(s, JS_ATOM(arguments), 0);
        s = js_shape_add(s, JS_ATOM(caller), 0);
    }
    if (flags & JS_FUNC_CLASS_CONSTRUCTOR)
        s = js_shape_add(s, JS_ATOM(prototype), 0);
    else if (flags & (JS_FUNC_CONSTRUCTOR | JS_FUNC_GENERATOR))
        s = js_shape_add(s, JS_ATOM(prototype), JS_PROP_WRITABLE);
    return s;
}

void js_functions_init(void)
{
    shape_fn = fn_shape(js_realm.function_proto, 0);
    shape_ctor = fn_shape(js_realm.function_proto, JS_FUNC_CONSTRUCTOR);
    shape_class_ctor = fn_shape(js_realm.function_proto, JS_FUNC_CLASS_CONSTRUCTOR);
    shape_sloppy_fn = fn_shape(js_realm.function_proto, 0);
    shape_sloppy_ctor = fn_shape(js_realm.function_proto, JS_FUNC_CONSTRUCTOR);
    shape_fn = fn_shape(js_realm.function_proto, JS_FUNC_STRICT);
    shape_ctor = fn_shape(js_realm.function_proto, JS_FUNC_CONSTRUCTOR | JS_FUNC_STRICT);
    proto_obj_shape = js_shape_add(js_shape_root(js_realm.object_proto, 24, JS_PLAIN_INLINE_SLOTS),
                                   JS_ATOM(constructor), JS_PROP_C_W);
}

static JSValue name_value(const JSFuncInfo *info)
{
    const char *n = info->name ? info->name : "";
    if (!*n) return JS_ATOM(empty);
    return js_atom_from_cstr(n);
}

static JSFunction *alloc_function(JSCode code, JSEnv *env, const JSFuncInfo *info, JSValue proto)
{
    JSFunction *f = rt_alloc_cell(sizeof(JSFunction) + JS_FUNCTION_INLINE_SLOTS * sizeof(JSValue));
    f->o.h.kind = JS_CELL_FUNCTION;
    f->code = code;
    f->env = env;
    f->info = info;
    f->home_object = JS_UNDEFINED;
    JSShape *s;
    bool sloppy = is_sloppy_plain(info->flags);
    if (proto == js_realm.function_proto) {
        s = (info->flags & JS_FUNC_CLASS_CONSTRUCTOR) ? shape_class_ctor
          : (info->flags & JS_FUNC_CONSTRUCTOR) ? (sloppy ? shape_sloppy_ctor : shape_ctor)
          : (sloppy ? shape_sloppy_fn : shape_fn);
    } else {
        s = fn_shape(proto, info->flags);
    }
    f->o.h.shape = s;
    f->inline_slots[0] = js_mk_int32((int32_t)info->length);
    f->inline_slots[1] = name_value(info);
    if (sloppy) {
        f->inline_slots[2] = JS_NULL;
        f->inline_slots[3] = JS_NULL;
    }
    return f;
}

JSValue rt_new_function(JSCode code, JSEnv *env, const JSFuncInfo *info)
{
    uint32_t fl = info->flags;
    JSValue fproto = js_realm.function_proto;
    if ((fl & JS_FUNC_GENERATOR) && (fl & JS_FUNC_ASYNC) && js_is_object(js_realm.async_generator_function_proto))
        fproto = js_realm.async_generator_function_proto;
    else if ((fl & JS_FUNC_GENERATOR) && js_is_object(js_realm.generator_function_proto))
        fproto = js_realm.generator_function_proto;
    else if ((fl & JS_FUNC_ASYNC) && js_is_object(js_realm.async_function_proto))
        fproto = js_realm.async_function_proto;
    JSFunction *f = alloc_function(code, env, info, fproto);
    JSValue fv = js_mk_cell(f);
    int pslot = is_sloppy_plain(fl) ? 4 : 2;
    if (fl & JS_FUNC_GENERATOR) {
        JSValue gp = (fl & JS_FUNC_ASYNC) ? js_realm.async_generator_proto : js_realm.generator_proto;
        f->inline_slots[pslot] = js_new_object_proto(js_is_object(gp) ? gp : js_realm.object_proto);
    } else if (fl & (JS_FUNC_CONSTRUCTOR | JS_FUNC_CLASS_CONSTRUCTOR)) {
        JSObject *p = rt_alloc_cell(sizeof(JSObject) + JS_PLAIN_INLINE_SLOTS * sizeof(JSValue));
        p->h.kind = JS_CELL_OBJECT;
        p->h.shape = proto_obj_shape;
        ((JSPlainObject *)p)->inline_slots[0] = fv;
        f->inline_slots[pslot] = js_mk_cell(p);
    }
    return fv;
}

/* ---- native functions ------------------------------------------------------ */

static JSFuncInfo *native_info(const char *name, int length, uint32_t flags)
{
    JSFuncInfo *info = rt_alloc_cell(sizeof *info);
    size_t n = strlen(name);
    char *copy = rt_alloc_atomic(n + 1);
    memcpy(copy, name, n + 1);
    info->name = copy;
    info->length = length < 0 ? 0 : (uint32_t)length;
    info->flags = flags | JS_FUNC_NATIVE | JS_FUNC_STRICT;
    return info;
}

JSValue js_new_native_function(const char *name, JSCode fn, int length)
{
    return js_mk_cell(alloc_function(fn, NULL, native_info(name, length, 0), js_realm.function_proto));
}

JSValue js_new_native_function_data(const char *name, JSCode fn, int length,
                                    int ndata, const JSValue *data)
{
    JSEnv *env = js_new_env(NULL, ndata);
    for (int i = 0; i < ndata; i++) env->vars[i] = data[i];
    return js_mk_cell(alloc_function(fn, env, native_info(name, length, 0), js_realm.function_proto));
}

JSValue js_new_native_constructor(const char *name, JSCode fn, int length, JSValue proto)
{
    JSFuncInfo *info = native_info(name, length, JS_FUNC_CONSTRUCTOR);
    JSFunction *f = rt_alloc_cell(sizeof(JSFunction) + JS_FUNCTION_INLINE_SLOTS * sizeof(JSValue));
    f->o.h.kind = JS_CELL_FUNCTION;
    f->code = fn;
    f->info = info;
    f->home_object = JS_UNDEFINED;
    JSShape *s = js_shape_root(js_realm.function_proto, offsetof(JSFunction, inline_slots), JS_FUNCTION_INLINE_SLOTS);
    s = js_shape_add(s, JS_ATOM(length), JS_PROP_CONFIGURABLE);
    s = js_shape_add(s, JS_ATOM(name), JS_PROP_CONFIGURABLE);
    f->o.h.shape = s;
    f->inline_slots[0] = js_mk_int32(length);
    f->inline_slots[1] = name_value(info);
    JSValue fv = js_mk_cell(f);
    if (js_is_object(proto)) {
        js_object_add_property(&f->o, JS_ATOM(prototype), proto, 0);
        js_define_property_value(proto, JS_ATOM(constructor), fv, JS_PROP_C_W);
    }
    return fv;
}

JSValue js_function_name(JSValue f)
{
    if (!js_is_function(f)) return JS_ATOM(empty);
    JSValue *slot;
    JSShapeProp *p = js_find_own_shaped(js_obj(f), JS_ATOM(name), &slot);
    if (p && !(p->attrs & JS_PROP_ACCESSOR) && js_is_string(*slot)) return *slot;
    return JS_ATOM(empty);
}

JSEnv *js_new_env(JSEnv *parent, int32_t n)
{
    if (n < 0) n = 0;
    JSEnv *e = rt_alloc_cell(sizeof(JSEnv) + (size_t)n * sizeof(JSValue));
    e->h.kind = JS_CELL_ENV;
    e->h.shape = &js_static_shapes[JS_CELL_ENV];
    e->h.hash = (uint32_t)n;
    e->parent = parent;
    return e;   /* vars are zero = JS_EMPTY */
}

JSEnv *rt_new_env(JSEnv *parent, int32_t n)
{
    return js_new_env(parent, n);
}

/* ---- property tables ------------------------------------------------------- */

JSAtom js_prop_def_key(const char *name)
{
    if (name[0] == '[' && strncmp(name, "[Symbol.", 8) == 0) {
        static const char *const syms[] = {
#define JS_SYMBOL_DEF(n, s) s,
#include "kiln/atoms.def"
        };
        size_t n = strlen(name);
        for (size_t i = 0; i < JS_SYMBOL_ID_COUNT; i++)
            if (strlen(syms[i]) == n - 2 && strncmp(syms[i], name + 1, n - 2) == 0)
                return js_symbol_table[i];
    }
    return js_atom_from_cstr(name);
}

int js_install_props(JSValue obj, const JSPropDef *defs, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        const JSPropDef *d = &defs[i];
        JSAtom key = js_prop_def_key(d->name);
        int r = 1;
        switch (d->kind) {
        case JS_DEF_CFUNC:
            r = js_define_property_value(obj, key, js_new_native_function(d->name, d->fn, d->length), d->flags);
            break;
        case JS_DEF_CGETSET: {
            char buf[128];
            JSValue g = JS_UNDEFINED, s = JS_UNDEFINED;
            if (d->fn) { snprintf(buf, sizeof buf, "get %s", d->name); g = js_new_native_function(buf, d->fn, 0); }
            if (d->fn2) { snprintf(buf, sizeof buf, "set %s", d->name); s = js_new_native_function(buf, d->fn2, 1); }
            r = js_define_property_getset(obj, key, g, s, d->flags);
            break;
        }
        case JS_DEF_DOUBLE:
            r = js_define_property_value(obj, key, js_mk_number(d->d), d->flags);
            break;
        case JS_DEF_INT32:
            r = js_define_property_value(obj, key, js_mk_int32((int32_t)d->d), d->flags);
            break;
        case JS_DEF_STRING:
            r = js_define_property_value(obj, key, js_new_string_cstr(d->s), d->flags);
            break;
        case JS_DEF_UNDEFINED:
            r = js_define_property_value(obj, key, JS_UNDEFINED, d->flags);
            break;
        }
        if (r < 0) return -1;
    }
    return 0;
}

/* ---- calls ----------------------------------------------------------------- */

bool js_is_callable(JSValue v)
{
    return js_is_function(v) || (js_is_proxy(v) && js_proxy_is_callable(v));
}

bool js_is_constructor(JSValue v)
{
    if (js_is_proxy(v)) return js_proxy_is_constructor(v);
    if (!js_is_function(v)) return false;
    JSFunction *f = js_func(v);
    if (f->info->flags & JS_FUNC_BOUND) return js_is_constructor(f->env->vars[0]);
    return (f->info->flags & (JS_FUNC_CONSTRUCTOR | JS_FUNC_CLASS_CONSTRUCTOR)) != 0;
}

static JSValue not_callable(JSValue f, const char *callee_text)
{
    if (callee_text && *callee_text)
        return js_throw_type_error("%s is not a function", callee_text);
    return js_throw_type_error("%s is not a function", js_value_to_message_text(f));
}

JSValue js_call_internal(JSValue f, JSValue this_val, int32_t argc, const JSValue *argv)
{
    if (js_cell_kind(f) == JS_CELL_PROXY) return js_proxy_call(f, this_val, argc, argv);
    JSFunction *fn = js_func(f);
    if (fn->info->flags & JS_FUNC_CLASS_CONSTRUCTOR) {
        const char *n = js_string_to_utf8(js_function_name(f), NULL);
        return js_throw_type_error("Class constructor %s cannot be invoked without 'new'", n);
    }
    return fn->code(fn, this_val, argc, argv, JS_UNDEFINED);
}

JSValue js_call(JSValue f, JSValue this_val, int32_t argc, const JSValue *argv)
{
    if (!js_is_function(f)) {
        if (js_is_proxy(f) && js_proxy_is_callable(f)) return js_proxy_call(f, this_val, argc, argv);
        return not_callable(f, NULL);
    }
    return js_call_internal(f, this_val, argc, argv);
}

JSValue rt_call(JSValue f, JSValue this_val, int32_t argc, const JSValue *argv, const char *callee_text)
{
    if (!js_is_function(f)) {
        if (js_is_proxy(f) && js_proxy_is_callable(f)) return js_proxy_call(f, this_val, argc, argv);
        return not_callable(f, callee_text);
    }
    JSFunction *fn = js_func(f);
    if (fn->info->flags & JS_FUNC_CLASS_CONSTRUCTOR) return js_call_internal(f, this_val, argc, argv);
    return fn->code(fn, this_val, argc, argv, JS_UNDEFINED);
}

JSValue js_create_from_ctor(JSValue new_target, JSValue fallback_proto, JSCellKind kind, size_t size)
{
    JSValue proto = fallback_proto;
    if (js_is_object(new_target)) {
        JSValue p = js_get_property(new_target, JS_ATOM(prototype));
        if (p == JS_EXCEPTION) return p;
        if (js_is_object(p)) proto = p;
    }
    if (kind == JS_CELL_OBJECT) return js_new_object_proto(proto);
    if (kind == JS_CELL_ERROR) return js_error_alloc(proto);
    return js_new_object_kind(kind, proto, size);
}

JSValue js_construct(JSValue f, int32_t argc, const JSValue *argv, JSValue new_target)
{
    if (!js_is_constructor(f)) {
        return js_throw_type_error("%s is not a constructor", js_value_to_message_text(f));
    }
    if (new_target == JS_UNDEFINED) new_target = f;
    if (js_is_proxy(f)) return js_proxy_construct(f, argc, argv, new_target);
    JSFunction *fn = js_func(f);
    uint32_t fl = fn->info->flags;
    if (fl & (JS_FUNC_NATIVE | JS_FUNC_DERIVED)) {
        /* natives and derived constructors create their own `this` */
        return fn->code(fn, JS_EMPTY, argc, argv, new_target);
    }
    JSValue proto;
    JSValue *slot;
    JSShapeProp *p;
    if (new_target == f && (p = js_find_own_shaped(&fn->o, JS_ATOM(prototype), &slot)) &&
        !(p->attrs & JS_PROP_ACCESSOR)) {
        proto = *slot;
    } else {
        proto = js_get_property(new_target, JS_ATOM(prototype));
        if (proto == JS_EXCEPTION) return proto;
    }
    if (!js_is_object(proto)) proto = js_realm.object_proto;
    JSValue obj = js_new_object_proto(proto);
    JSValue r = fn->code(fn, obj, argc, argv, new_target);
    if (r == JS_EXCEPTION) return r;
    if (js_is_object(r)) return r;
    return obj;
}

JSValue rt_construct(JSValue f, int32_t argc, const JSValue *argv, const char *callee_text)
{
    if (!js_is_constructor(f)) {
        if (callee_text && *callee_text)
            return js_throw_type_error("%s is not a constructor", callee_text);
        return js_throw_type_error("%s is not a constructor", js_value_to_message_text(f));
    }
    return js_construct(f, argc, argv, f);
}

static JSValue *array_args(JSValue args, int32_t *argc)
{
    JSArray *a = js_arr(args);
    uint32_t n = a->length;
    JSValue *argv = rt_alloc_cell((n + 1) * sizeof(JSValue));
    for (uint32_t i = 0; i < n; i++) {
        JSValue v = i < a->capacity ? a->elements[i] : JS_EMPTY;
        if (v == JS_EMPTY) v = js_get_index(args, i);
        if (v == JS_EXCEPTION) return NULL;
        argv[i] = v;
    }
    *argc = (int32_t)n;
    return argv;
}

JSValue rt_call_array(JSValue f, JSValue this_val, JSValue args, const char *callee_text)
{
    if (!js_is_function(f)) return not_callable(f, callee_text);
    int32_t argc;
    JSValue *argv = array_args(args, &argc);
    if (!argv) return JS_EXCEPTION;
    return js_call_internal(f, this_val, argc, argv);
}

JSValue rt_construct_array(JSValue f, JSValue args, const char *callee_text)
{
    int32_t argc;
    JSValue *argv = array_args(args, &argc);
    if (!argv) return JS_EXCEPTION;
    return rt_construct(f, argc, argv, callee_text);
}

JSValue js_call_method(JSValue obj, JSAtom key, int32_t argc, const JSValue *argv)
{
    JSValue f = js_get_property(obj, key);
    if (f == JS_EXCEPTION) return f;
    if (!js_is_function(f)) {
        const char *k = js_is_symbol(key) ? js_string_to_utf8(js_symbol_descriptive_string(key), NULL)
                                          : js_string_to_utf8(key, NULL);
        return js_throw_type_error("%s.%s is not a function", js_value_to_message_text(obj), k);
    }
    return js_call_internal(f, obj, argc, argv);
}

JSValue rt_sloppy_this(JSValue this_val)
{
    if (js_is_nullish(this_val)) return js_realm.global;
    if (!js_is_object(this_val)) return js_to_object(this_val);
    return this_val;
}
