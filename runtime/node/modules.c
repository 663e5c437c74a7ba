/*
 * modules.c — the node built-in modules that the C layer provides whole,
 * for require('util'), require('timers'), require('process') and
 * require('console') (with or without the "node:" prefix), through
 * js_node_builtin_module. Each module object is created once and cached.
 *
 * util here has the parts that are C already: inspect (with inspect.custom),
 * format, formatWithOptions, inherits, isArray and deprecate. The rest of
 * util (promisify, types, TextEncoder, ...) belongs to the JavaScript stdlib
 * of a later issue, which can extend this object.
 */
#include <string.h>
#include "node/node.h"
#include "node/node_errors.h"
#include "node/strbuf.h"
#include "node/sysmod.h"

static JSValue util_module, timers_module;

/* util.format(...args) */
static JSValue js_util_format(JSFunction *callee, JSValue this_val, int32_t argc,
                              const JSValue *argv, JSValue new_target)
{
    size_t len;
    char *s = js_format_utf8(NULL, argc, argv, &len);
    if (!s)
        return JS_EXCEPTION;
    return js_new_string_from_utf8(s, len);
}

/* util.formatWithOptions(inspectOptions, ...args) */
static JSValue js_util_format_with_options(JSFunction *callee, JSValue this_val, int32_t argc,
                                           const JSValue *argv, JSValue new_target)
{
    JSValue opts = js_arg(argc, argv, 0);
    if (!js_is_object(opts))
        return js_node_throw_invalid_arg_type("inspectOptions", "of type object", opts);
    JSInspectOptions o;
    js_inspect_default_options(&o);
    if (js_inspect_options_from_object(opts, &o) < 0)
        return JS_EXCEPTION;
    size_t len;
    char *s = js_format_utf8(&o, argc > 0 ? argc - 1 : 0, argv + (argc > 0), &len);
    if (!s)
        return JS_EXCEPTION;
    return js_new_string_from_utf8(s, len);
}

/* util.inherits(ctor, superCtor) */
static JSValue js_util_inherits(JSFunction *callee, JSValue this_val, int32_t argc,
                                const JSValue *argv, JSValue new_target)
{
    JSValue ctor = js_arg(argc, argv, 0), super = js_arg(argc, argv, 1);
    if (!js_is_function(ctor))
        return js_node_throw_invalid_arg_type("ctor", "of type function", ctor);
    if (!js_is_function(super))
        return js_node_throw_invalid_arg_type("superCtor", "of type function", super);
    JSValue sp = js_get_property(super, JS_ATOM(prototype));
    if (sp == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (sp == JS_UNDEFINED)
        return js_node_throw_invalid_arg_type("superCtor.prototype", "of type object", sp);
    if (js_define_property_value_str(ctor, "super_", super, JS_PROP_C_W) < 0)
        return JS_EXCEPTION;
    JSValue cp = js_get_property(ctor, JS_ATOM(prototype));
    if (cp == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (js_is_object(cp) && js_set_prototype(cp, sp, true) < 0)
        return JS_EXCEPTION;
    return JS_UNDEFINED;
}

static JSValue js_util_is_array(JSFunction *callee, JSValue this_val, int32_t argc,
                                const JSValue *argv, JSValue new_target)
{
    int r = js_is_array_value(js_arg(argc, argv, 0));
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

/* The function util.deprecate returns: data = { fn, message, warned }. */
static JSValue deprecated_call(JSFunction *callee, JSValue this_val, int32_t argc,
                               const JSValue *argv, JSValue new_target)
{
    JSValue *data = callee->env->vars;
    if (data[2] != JS_TRUE) {
        data[2] = JS_TRUE;
        char *msg = js_string_to_utf8(data[1], NULL);
        char *line = str_fmt("(node:%d) DeprecationWarning: %s\n"
                             "(Use `node --trace-deprecation ...` to show where the warning was created)\n",
                             (int)uv_os_getpid(), msg);
        js_node_write(2, line, strlen(line));
    }
    if (new_target != JS_UNDEFINED)
        return js_construct(data[0], argc, argv, new_target);
    return js_call(data[0], this_val, argc, argv);
}

/* util.deprecate(fn, message[, code]) */
static JSValue js_util_deprecate(JSFunction *callee, JSValue this_val, int32_t argc,
                                 const JSValue *argv, JSValue new_target)
{
    JSValue fn = js_arg(argc, argv, 0);
    if (!js_is_callable(fn))
        return js_node_throw_invalid_arg_type("fn", "of type function", fn);
    JSValue msg = js_to_string(js_arg(argc, argv, 1));
    if (msg == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue data[3] = { fn, msg, JS_FALSE };
    return js_new_native_function_data("deprecated", deprecated_call, 0, 3, data);
}

static const JSPropDef util_props[] = {
    JS_CFUNC_DEF("format", 1, js_util_format),
    JS_CFUNC_DEF("formatWithOptions", 2, js_util_format_with_options),
    JS_CFUNC_DEF("inherits", 2, js_util_inherits),
    JS_CFUNC_DEF("isArray", 1, js_util_is_array),
    JS_CFUNC_DEF("deprecate", 2, js_util_deprecate),
};

static JSValue make_util(void)
{
    JSValue u = js_new_object();
    js_install_props(u, util_props, JS_COUNTOF(util_props));
    js_define_property_value_str(u, "inspect", js_inspect_function(), JS_PROP_C_W_E);
    return u;
}

static JSValue make_timers(void)
{
    static const char *const names[] = {
        "setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval", "clearImmediate",
    };
    JSValue t = js_new_object();
    for (size_t i = 0; i < JS_COUNTOF(names); i++) {
        JSValue f = js_get_property_str(js_realm.global, names[i]);
        if (f == JS_EXCEPTION)
            return JS_EXCEPTION;
        js_define_property_value_str(t, names[i], f, JS_PROP_C_W_E);
    }
    return t;
}

JSValue js_node_builtin_module(const char *name)
{
    if (strncmp(name, "node:", 5) == 0)
        name += 5;
    if (strcmp(name, "util") == 0) {
        if (!util_module)
            util_module = make_util();
        return util_module;
    }
    if (strcmp(name, "timers") == 0) {
        if (!timers_module)
            timers_module = make_timers();
        return timers_module;
    }
    JSValue sys = js_node_system_module(name);   /* buffer, fs, fs/promises, os */
    if (sys != JS_UNDEFINED)
        return sys;
    if (strcmp(name, "process") == 0 || strcmp(name, "console") == 0)
        return js_get_property_str(js_realm.global, name);
    return JS_UNDEFINED;
}
