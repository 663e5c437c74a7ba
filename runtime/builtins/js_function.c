/*
 * js_function.c — Function.prototype (§20.2.3): call, apply, bind,
 * toString and [Symbol.hasInstance]; and the Function constructor, which
 * throws because Kiln compiles ahead of time and has no compiler at run time
 * (DESIGN.md, "Not yet designed").
 *
 * Bound functions are native functions whose data (callee->env->vars) is
 * {target, boundThis, boundArgs...}; their JSFuncInfo carries JS_FUNC_BOUND,
 * and JS_FUNC_CONSTRUCTOR exactly when the target is a constructor, so
 * `new bound(...)` constructs the target with new.target adjusted as in
 * §10.4.1.2.
 */
#include "builtins.h"
#include "kiln/eval.h"

#include <math.h>

static JSValue not_a_function(JSValue v)
{
    return js_throw_type_error("%s is not a function", js_value_to_message_text(v));
}

static JS_NATIVE(js_function_proto_call)
{
    if (!js_is_callable(this_val))
        return not_a_function(this_val);
    if (argc == 0)
        return js_call(this_val, JS_UNDEFINED, 0, NULL);
    return js_call(this_val, argv[0], argc - 1, argv + 1);
}

/* CreateListFromArrayLike: *out gets a GC array of *count values. */
int js_list_from_array_like(JSValue obj, JSValue **out, uint32_t *count)
{
    if (!js_is_object(obj)) {
        js_throw_type_error("CreateListFromArrayLike called on non-object");
        return -1;
    }
    int64_t len;
    if (js_is_fast_array(obj)) {
        JSArray *a = js_arr(obj);
        len = a->length;
        JSValue *vals = rt_alloc_cell(sizeof(JSValue) * ((size_t)len + 1));
        for (int64_t i = 0; i < len; i++) {
            JSValue v = (uint32_t)i < a->capacity ? a->elements[i] : JS_EMPTY;
            if (v == JS_EMPTY) {
                v = js_get_index(obj, (uint32_t)i);
                if (v == JS_EXCEPTION)
                    return -1;
            }
            vals[i] = v;
        }
        *out = vals;
        *count = (uint32_t)len;
        return 0;
    }
    if (js_get_length(obj, &len) < 0)
        return -1;
    if (len > 10000000) {
        js_throw_range_error("Maximum call stack size exceeded");
        return -1;
    }
    JSValue *vals = rt_alloc_cell(sizeof(JSValue) * ((size_t)len + 1));
    for (int64_t i = 0; i < len; i++) {
        vals[i] = js_get_index(obj, (uint32_t)i);
        if (vals[i] == JS_EXCEPTION)
            return -1;
    }
    *out = vals;
    *count = (uint32_t)len;
    return 0;
}

static JS_NATIVE(js_function_proto_apply)
{
    if (!js_is_callable(this_val))
        return not_a_function(this_val);
    JSValue this_arg = js_arg(argc, argv, 0), arr = js_arg(argc, argv, 1);
    if (js_is_nullish(arr))
        return js_call(this_val, this_arg, 0, NULL);
    JSValue *args;
    uint32_t n;
    if (js_list_from_array_like(arr, &args, &n) < 0)
        return JS_EXCEPTION;
    return js_call(this_val, this_arg, (int32_t)n, args);
}

/* ---- bind ---------------------------------------------------------------- */

static JS_NATIVE(js_bound_function_call)
{
    JSValue *data = callee->env->vars;
    JSValue target = data[0];
    uint32_t nbound = callee->env->h.hash - 2;
    JSValue stack_args[16];
    uint32_t total = nbound + (uint32_t)argc;
    JSValue *args = total <= 16 ? stack_args : rt_alloc_cell(sizeof(JSValue) * total);
    for (uint32_t i = 0; i < nbound; i++)
        args[i] = data[2 + i];
    for (int32_t i = 0; i < argc; i++)
        args[nbound + (uint32_t)i] = argv[i];
    if (js_is_undefined(new_target))
        return js_call(target, data[1], (int32_t)total, args);
    if (new_target == js_mk_cell(callee))
        new_target = target;
    return js_construct(target, (int32_t)total, args, new_target);
}

static JS_NATIVE(js_function_proto_bind)
{
    if (!js_is_callable(this_val))
        return js_throw_type_error("Bind must be called on a function");
    JSValue target = this_val;
    int32_t nargs = argc > 1 ? argc - 1 : 0;
    JSValue *data = rt_alloc_cell(sizeof(JSValue) * (size_t)(nargs + 2));
    data[0] = target;
    data[1] = js_arg(argc, argv, 0);
    for (int32_t i = 0; i < nargs; i++)
        data[2 + i] = argv[1 + i];

    /* length: max(0, target.length - nargs) when target has an own length */
    double len = 0;
    int has = js_has_own_property(target, JS_ATOM(length));
    if (has < 0)
        return JS_EXCEPTION;
    if (has) {
        JSValue l = js_get_property(target, JS_ATOM(length));
        if (l == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (js_is_number(l)) {
            double d = js_to_double(l);
            if (d == INFINITY) {
                len = INFINITY;
            } else if (d != -INFINITY && !isnan(d)) {
                d = trunc(d) - nargs;
                len = d > 0 ? d : 0;
            }
        }
    }
    JSValue name = js_get_property(target, JS_ATOM(name));
    if (name == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!js_is_string(name))
        name = JS_ATOM(empty);

    JSValue f = js_new_native_function_data("", js_bound_function_call, 0, nargs + 2, data);
    JSFunction *fn = js_func(f);
    JSFuncInfo *info = rt_alloc_cell(sizeof(JSFuncInfo));
    *info = *fn->info;
    info->flags = (info->flags & ~(uint32_t)JS_FUNC_CONSTRUCTOR) | JS_FUNC_BOUND | JS_FUNC_NATIVE;
    if (js_is_constructor(target))
        info->flags |= JS_FUNC_CONSTRUCTOR;
    fn->info = info;
    JSValue proto = js_get_prototype(target);
    if (proto == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (proto != js_realm.function_proto && js_set_prototype(f, proto, true) < 0)
        return JS_EXCEPTION;
    js_define_property_value(f, JS_ATOM(length), js_mk_number(len), JS_PROP_CONFIGURABLE);
    js_define_property_value(f, JS_ATOM(name), js_string_concat(JS_ATOM(bound_), name),
                             JS_PROP_CONFIGURABLE);
    return f;
}

/* ---- toString ------------------------------------------------------------ */

JSValue js_builtin_function_source(JSValue f)
{
    if (!js_is_function(f))   /* a callable proxy: NativeFunction form without a name */
        return js_new_string_cstr("function () { [native code] }");
    JSFunction *fn = js_func(f);
    JSStringBuilder sb;
    js_sb_init(&sb);
    uint32_t flags = fn->info ? fn->info->flags : 0;
    if (flags & JS_FUNC_HAS_SOURCE) {
        const JSFuncInfoSource *s = (const JSFuncInfoSource *)fn->info;
        return js_new_string_from_utf8(s->source, s->source_len);
    }
    JSValue name = js_get_property(f, JS_ATOM(name));
    if (name == JS_EXCEPTION) {
        rt_take_exception();
        name = JS_ATOM(empty);
    }
    if (flags & JS_FUNC_CLASS_CONSTRUCTOR) {
        js_sb_puts(&sb, "class ");
        if (js_is_string(name) && js_string_length(name) > 0) {
            js_sb_put_string(&sb, name);
            js_sb_putc(&sb, ' ');
        }
        js_sb_puts(&sb, "{ }");
        return js_sb_finish(&sb);
    }
    if (flags & JS_FUNC_ASYNC)
        js_sb_puts(&sb, "async ");
    js_sb_puts(&sb, "function");
    if (flags & JS_FUNC_GENERATOR)
        js_sb_putc(&sb, '*');
    js_sb_putc(&sb, ' ');
    if (js_is_string(name) && !(flags & JS_FUNC_BOUND))
        js_sb_put_string(&sb, name);
    js_sb_puts(&sb, "() { [native code] }");
    return js_sb_finish(&sb);
}

static JS_NATIVE(js_function_proto_to_string)
{
    if (!js_is_callable(this_val))
        return js_throw_type_error("Function.prototype.toString requires that 'this' be a Function");
    return js_builtin_function_source(this_val);
}

static JS_NATIVE(js_function_proto_has_instance)
{
    int r = js_ordinary_has_instance(this_val, js_arg(argc, argv, 0));
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

/* %ThrowTypeError% */
static JS_NATIVE(js_throw_type_error_fn)
{
    return js_throw_type_error("'caller', 'callee', and 'arguments' properties may not be accessed "
                               "on strict mode functions or the arguments objects for calls to them");
}

static JS_NATIVE(js_function_proto_restricted_get)
{
    if (js_is_function(this_val) && !(js_func(this_val)->info->flags & (JS_FUNC_STRICT | JS_FUNC_NATIVE)))
        return JS_NULL;
    return js_throw_type_error_fn(callee, this_val, argc, argv, new_target);
}

/* Function.prototype itself is callable and returns undefined. */
static JS_NATIVE(js_function_ctor)
{
    return js_create_dynamic_function(argc, argv, "function"); /* js_eval.c */
}

static const JSPropDef function_proto_props[] = {
    JS_CFUNC_DEF("apply", 2, js_function_proto_apply),
    JS_CFUNC_DEF("bind", 1, js_function_proto_bind),
    JS_CFUNC_DEF("call", 1, js_function_proto_call),
    JS_CFUNC_DEF("toString", 0, js_function_proto_to_string),
    { "[Symbol.hasInstance]", JS_DEF_CFUNC, 0, 1, js_function_proto_has_instance, NULL, 0, NULL },
};

void js_init_function(JSValue global)
{
    JSValue proto = js_realm.function_proto;
    JSValue ctor = js_new_native_constructor("Function", js_function_ctor, 1, proto);
    js_realm.function_ctor = ctor;
    js_install_props(proto, function_proto_props, JS_COUNTOF(function_proto_props));
    /* Function.prototype.caller / .arguments throw (§10.2.4 AddRestrictedFunctionProperties). */
    JSValue thrower = js_realm.throw_type_error;
    if (!js_is_function(thrower)) {
        thrower = js_new_native_function("", js_throw_type_error_fn, 0);
        js_prevent_extensions(thrower);
        js_realm.throw_type_error = thrower;
    }
    {
        /* V8 gives sloppy functions own `caller`/`arguments` that read as
         * null; we have no own ones, so the inherited getter answers null
         * for them and throws for strict functions, as the spec says. */
        JSValue getter = js_new_native_function("", js_function_proto_restricted_get, 0);
        js_define_property_getset(proto, JS_ATOM(caller), getter, thrower, JS_PROP_CONFIGURABLE);
        js_define_property_getset(proto, JS_ATOM(arguments), getter, thrower, JS_PROP_CONFIGURABLE);
    }
    js_define_global(global, "Function", ctor);
}
