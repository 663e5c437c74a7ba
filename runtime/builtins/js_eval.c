/*
 * js_eval.c — the global `eval`, the Function constructor, and the global
 * declarations of eval scripts.
 *
 * Code from strings known only at run time is compiled by the JIT in
 * libkiln_eval (runtime/eval/rt_eval.c), which the driver links only into
 * programs that can reach eval or Function (docs/internals.md, "eval and the
 * Function constructor"). That library sets js_eval_hook from a constructor;
 * without it, eval of a string and new Function throw an EvalError that
 * names the limitation. Everything here is small and always linked.
 */
#include "builtins.h"

#include <string.h>

#include "kiln/eval.h"

JSValue (*js_eval_hook)(const JSEvalRequest *req);

/* %eval%, for telling a direct eval from a call of something else named eval */
static JSValue eval_function;

static JSValue not_linked(const char *what)
{
    return js_throw_error(JS_EVAL_ERROR,
                          "%s of run-time strings is not linked into this program (kiln links "
                          "its JIT only into programs that mention eval or Function)",
                          what);
}

JSValue js_eval_string(JSValue src, JSValue this_val)
{
    if (!js_eval_hook)
        return not_linked("eval");
    size_t len;
    char *text = js_string_to_utf8(src, &len);
    JSEvalRequest req = { text, len, JS_EVAL_SCRIPT, 0, 0, this_val, NULL, NULL, JS_UNDEFINED, JS_UNDEFINED };
    return js_eval_hook(&req);
}

/* §19.2.1 eval(x): indirect eval (a direct call in a function is lowered to
 * rt_direct_eval); a non-string argument is returned as it is. */
static JS_NATIVE(js_global_eval)
{
    JSValue x = js_arg(argc, argv, 0);
    if (!js_is_string(x))
        return x;
    return js_eval_string(x, js_realm.global);
}

/* §20.2.1.1.1 CreateDynamicFunction: the source text is
 *   (function anonymous(P1,P2\n) {\nBODY\n})
 * so that the function's own text is exactly the spec's
 * "function anonymous(P1,P2\n) {\nBODY\n}"; the JIT checks that the
 * parameters and the body each parse on their own (body_start/body_end). */
JSValue js_create_dynamic_function(int32_t argc, const JSValue *argv, const char *prefix)
{
    JSStringBuilder sb;
    js_sb_init(&sb);
    js_sb_puts(&sb, "(");
    js_sb_puts(&sb, prefix);
    js_sb_puts(&sb, " anonymous(");
    for (int32_t i = 0; i + 1 < argc; i++) {
        JSValue p = js_to_string(argv[i]);
        if (p == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (i)
            js_sb_putc(&sb, ',');
        js_sb_put_string(&sb, p);
    }
    js_sb_puts(&sb, "\n) ");
    JSValue head = js_sb_finish(&sb);
    JSValue body = argc > 0 ? js_to_string(argv[argc - 1]) : JS_ATOM(empty);
    if (body == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!js_eval_hook)
        return not_linked("new Function");
    size_t hlen, blen;
    char *h = js_string_to_utf8(head, &hlen);
    char *b = js_string_to_utf8(body, &blen);
    size_t len = hlen + 2 + blen + 3;
    char *text = rt_alloc_atomic(len + 1);
    memcpy(text, h, hlen);
    memcpy(text + hlen, "{\n", 2);
    memcpy(text + hlen + 2, b, blen);
    memcpy(text + hlen + 2 + blen, "\n})", 4);
    JSEvalRequest req = { text, len, JS_EVAL_FUNCTION, hlen, len - 1, js_realm.global, NULL, NULL,
                          JS_UNDEFINED, JS_UNDEFINED };
    return js_eval_hook(&req);
}

JSValue rt_direct_eval(JSValue f, int32_t argc, const JSValue *argv, void *env, const void *scope,
                       JSValue this_val, JSValue new_target, JSValue home)
{
    if (argc < 0) { /* eval(...args): still a direct eval (§13.3.6.1) */
        JSValue arr = argv[0];
        JSValue lenv = js_get_property(arr, JS_ATOM(length));
        if (lenv == JS_EXCEPTION)
            return JS_EXCEPTION;
        int64_t len;
        if (js_to_length(lenv, &len) < 0)
            return JS_EXCEPTION;
        argc = (int32_t)len;
        JSValue *av = rt_alloc_cell(((size_t)argc + 1) * sizeof(JSValue));
        for (int32_t i = 0; i < argc; i++) {
            av[i] = js_get_index(arr, (uint32_t)i);
            if (av[i] == JS_EXCEPTION)
                return JS_EXCEPTION;
        }
        argv = av;
    }
    if (f != eval_function)
        return js_call(f, JS_UNDEFINED, argc, argv);
    JSValue x = js_arg(argc, argv, 0);
    if (!js_is_string(x))
        return x;
    if (!js_eval_hook)
        return not_linked("eval");
    size_t len;
    char *text = js_string_to_utf8(x, &len);
    JSEvalRequest req = { text, len, JS_EVAL_DIRECT, 0, 0, this_val, env, scope, new_target, home };
    return js_eval_hook(&req);
}

/* ---- declarations of sloppy global eval scripts ------------------------------ */

JSValue rt_eval_declare_var(JSValue name)
{
    JSAtom key = js_atom_from_string(name);
    int r = js_has_own_property(js_realm.global, key);
    if (r < 0)
        return JS_EXCEPTION;
    if (r)
        return JS_UNDEFINED;
    if (!js_is_extensible(js_realm.global))
        return js_throw_type_error("Cannot define variable %s: the global object is not extensible",
                                   js_string_to_utf8(name, NULL));
    if (js_define_property_value(js_realm.global, key, JS_UNDEFINED, JS_PROP_C_W_E) < 0)
        return JS_EXCEPTION;
    return JS_UNDEFINED;
}

JSValue rt_eval_declare_func(JSValue name, JSValue fn)
{
    JSAtom key = js_atom_from_string(name);
    JSPropertyDescriptor d;
    int r = js_get_own_property(js_realm.global, key, &d);
    if (r < 0)
        return JS_EXCEPTION;
    if (r && !(d.flags & JS_PROP_CONFIGURABLE)) {
        /* CanDeclareGlobalFunction: only a writable, enumerable data property */
        if ((d.has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)) ||
            (d.flags & (JS_PROP_WRITABLE | JS_PROP_ENUMERABLE)) != (JS_PROP_WRITABLE | JS_PROP_ENUMERABLE))
            return js_throw_type_error("Cannot redefine global function %s", js_string_to_utf8(name, NULL));
        if (js_set_property(js_realm.global, key, fn, true) < 0)
            return JS_EXCEPTION;
        return JS_UNDEFINED;
    }
    if (!r && !js_is_extensible(js_realm.global))
        return js_throw_type_error("Cannot define function %s: the global object is not extensible",
                                   js_string_to_utf8(name, NULL));
    if (js_define_property_value(js_realm.global, key, fn, JS_PROP_C_W_E) < 0)
        return JS_EXCEPTION;
    return JS_UNDEFINED;
}

/* ---- the var object of a function with a sloppy direct eval ----------------- */

JSValue rt_eval_var_object(JSValue vo)
{
    return js_is_object(vo) ? vo : js_new_object_proto(JS_NULL);
}

/* EvalDeclarationInstantiation with a declarative varEnv: a new binding is
 * deletable; a function declaration sets an existing one. */
JSValue rt_eval_declare_in(JSValue vo, JSValue name, JSValue v)
{
    JSAtom key = js_atom_from_string(name);
    if (v == JS_EMPTY) {
        int r = js_has_own_property(vo, key);
        if (r < 0)
            return JS_EXCEPTION;
        if (r)
            return JS_UNDEFINED;
        v = JS_UNDEFINED;
    }
    if (js_define_property_value(vo, key, v, JS_PROP_C_W_E) < 0)
        return JS_EXCEPTION;
    return JS_UNDEFINED;
}

/* §27.3.1, §27.4.1, §27.7.1: the constructors reached only through
 * Object.getPrototypeOf(function* () {}).constructor and the like. */
static JS_NATIVE(js_generator_function_ctor)
{
    (void)callee; (void)this_val; (void)new_target;
    return js_create_dynamic_function(argc, argv, "function*");
}

static JS_NATIVE(js_async_function_ctor)
{
    (void)callee; (void)this_val; (void)new_target;
    return js_create_dynamic_function(argc, argv, "async function");
}

static JS_NATIVE(js_async_generator_function_ctor)
{
    (void)callee; (void)this_val; (void)new_target;
    return js_create_dynamic_function(argc, argv, "async function*");
}

/* [name] with [proto] as its prototype: the constructor inherits from
 * Function, and proto.constructor is configurable but not writable. */
static void dynamic_ctor(const char *name, JSCode fn, JSValue proto)
{
    if (!js_is_object(proto))
        return;
    JSValue ctor = js_new_native_constructor(name, fn, 1, proto);
    js_define_property_value(proto, JS_ATOM(constructor), ctor, JS_PROP_CONFIGURABLE);
    js_set_prototype(ctor, js_realm.function_ctor, false);
}

void js_init_eval(JSValue global)
{
    eval_function = js_new_native_function("eval", js_global_eval, 1);
    js_define_global(global, "eval", eval_function);
    dynamic_ctor("GeneratorFunction", js_generator_function_ctor, js_realm.generator_function_proto);
    dynamic_ctor("AsyncFunction", js_async_function_ctor, js_realm.async_function_proto);
    dynamic_ctor("AsyncGeneratorFunction", js_async_generator_function_ctor,
                 js_realm.async_generator_function_proto);
}
